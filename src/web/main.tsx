/** Entry point: NL Design System CSS, the theme's design tokens, the app's own layout CSS, then React. */
import '@utrecht/component-library-css/dist/index.css';
import 'virtual:inburgering-theme.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadChecker } from './checker/load.ts';

// On /check, ask for the checker's code (with the law engine) at once, beside React's first render, not after it.
if (window.location.pathname === '/check') void loadChecker();

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
