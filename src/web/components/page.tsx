/** Page-level helpers: the document title, and the h1 that takes focus after an in-app navigation. */
import { Heading1 } from '@utrecht/component-library-react';
import { type ReactNode, type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { navigationCount } from '../router.ts';

/** Sets `<title>` to "page – site" (WCAG 2.4.2). */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation('ui');
  const site = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} – ${site}` : site;
  }, [title, site]);
}

/**
 * The page's h1. After a navigation inside the app it takes focus, so a screen reader announces the new page and
 * keyboard users continue from the top of the content (on a first page view focus stays at the skip link).
 * `focusKey` changes re-focus it (a new question on the same route).
 */
export function PageHeading(props: { readonly children: ReactNode; readonly focusKey?: string | number }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey is the trigger, not a value read
  useEffect(() => {
    const wasFirst = first.current;
    first.current = false;
    if (!wasFirst || navigationCount() > 0) ref.current?.focus();
  }, [props.focusKey]);
  return (
    <Heading1 ref={ref} tabIndex={-1} className="app-h1">
      {props.children}
    </Heading1>
  );
}

/** Moves focus to an element after render when `when` becomes true (error summaries, result alerts). */
export function useFocusWhen<T extends HTMLElement>(when: unknown): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (when) ref.current?.focus();
  }, [when]);
  return ref;
}

/** Dutch text inside another language (law citations, Dutch terms): marked so screen readers switch voice. */
export function Dutch(props: { readonly children: ReactNode }) {
  return <span lang="nl">{props.children}</span>;
}
