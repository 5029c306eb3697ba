/** Entry point: NL Design System CSS, the theme's design tokens, the app's own layout CSS, then React. */
import '@utrecht/component-library-css/dist/index.css';
import 'virtual:inburgering-theme.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadChecker } from './checker/load.ts';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
const start = (): void =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

// On /check the page names the checker's code for preloading (it arrives beside this script): render once it is
// there, so the first question shows at once instead of a loading text that React keeps for up to 300 ms. If it
// fails to load, render anyway: the page's own lazy loading retries and shows the error in the reader's language.
if (window.location.pathname === '/check') loadChecker().then(start, start);
else start();
