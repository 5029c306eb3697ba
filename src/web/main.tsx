/** Entry point: NL Design System CSS, the theme's design tokens, the app's own layout CSS, then React. */
import '@utrecht/component-library-css/dist/index.css';
import 'virtual:inburgering-theme.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
