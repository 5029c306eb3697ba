/**
 * A small client-side router on the History API: the app has a handful of routes, so this keeps the bundle and the
 * dependency list small. Links are real `<a href>` elements (they work without JavaScript routing, open in a new
 * tab, and read as links); a plain left click navigates in place.
 */
import { type MouseEvent, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
let navigations = 0;

function notify(): void {
  navigations++;
  for (const l of listeners) l();
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', notify);
  window.addEventListener('hashchange', notify);
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

const snapshot = () => window.location.pathname + window.location.search;

/** The current path and query; re-renders on navigation. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const s = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(s, window.location.origin);
  return { path: url.pathname, query: url.searchParams };
}

/** Number of in-app navigations so far (0 on the first page view): headings take focus only after one. */
export function navigationCount(): number {
  return navigations;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
}

/** Replaces a query parameter without a new history entry (language switch keeps the page and its state). */
export function setQueryParam(name: string, value: string | null): void {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  for (const l of listeners) l();
}

/** Click handler for in-app links: lets modified clicks (new tab, download) through. */
export function onLinkClick(event: MouseEvent<HTMLAnchorElement>, to: string): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  navigate(to);
}

/** Matches `/medewerker/zaken/:id` style patterns; returns the parameters or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/');
  const s = path.replace(/\/+$/, '').split('/');
  if (p.length !== s.length) return null;
  const out: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const a = p[i] as string;
    const b = s[i] as string;
    if (a.startsWith(':')) {
      if (b === '') return null;
      out[a.slice(1)] = decodeURIComponent(b);
    } else if (a !== b) return null;
  }
  return out;
}

const hashSnapshot = () => window.location.hash;

/** The fragment (without '#'); the checker keeps its answers there, so they never reach a server. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, hashSnapshot).replace(/^#/, '');
}

/**
 * Sets the fragment with a new history entry (or in place with `replace`), keeping path and query: back, forward
 * and reload then return to the same answers.
 */
export function setHash(hash: string, options: { replace?: boolean; state?: unknown } = {}): void {
  const url = window.location.pathname + window.location.search + (hash ? `#${hash}` : '');
  if (options.replace) window.history.replaceState(options.state ?? null, '', url);
  else window.history.pushState(options.state ?? null, '', url);
  notify();
}
