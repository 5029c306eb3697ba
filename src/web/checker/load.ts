/** The checker's code (with the law engine), loaded on demand: the start page shows before it has arrived. */
export const loadChecker = () => import('./Checker.tsx');
