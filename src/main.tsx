import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import './ui/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Offline after one visit: the service worker (dist/sw.js, written at build) caches the whole lab.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) => {
    // Without it the lab works as before, only not offline; say so quietly for whoever looks.
    console.warn('The offline cache is unavailable:', error);
  });
}
