/** The theme tokens CSS, resolved by vite.config.ts (INBURGERING_THEME_CSS or the voorbeeld theme). */
declare module 'virtual:inburgering-theme.css';
