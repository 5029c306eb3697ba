/** The checker's code (with the law engine), loaded on demand: the start page shows before it has arrived. */
type CheckerModule = typeof import('./Checker.tsx');

let loaded: CheckerModule | null = null;

export const loadChecker = (): Promise<CheckerModule> =>
  import('./Checker.tsx').then((m) => {
    loaded = m;
    return m;
  });

/**
 * The checker's module once it has arrived, else null. A page that already has it renders it directly instead of
 * through `lazy`: a lazy component suspends on its first render even when its module is there, and React then holds
 * the fallback on screen for up to 300 ms before it shows the content (measured: the first question came ~200 ms
 * after the loading text, with nothing left to load).
 */
export const loadedChecker = (): CheckerModule | null => loaded;
