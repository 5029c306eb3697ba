/**
 * The web's texts in React: the page's language (./load.ts, over the one formatter of src/i18n) given once at the
 * top, and `useTranslation(ns)` for a component's `t`. A context and a hook; no translation framework.
 */
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Lang } from './languages.ts';
import { dutchTexts, type Namespace, type TFunction, translator, type WebTexts } from './load.ts';

export type { TArgs, TFunction } from './load.ts';

const Texts = createContext<WebTexts | null>(null);

export function TextsProvider(props: { readonly texts: WebTexts; readonly children: ReactNode }) {
  return <Texts.Provider value={props.texts}>{props.children}</Texts.Provider>;
}

/** `t` in namespace `ns` (`ui`: site and checker; `ws`: staff workspace), and the language it writes. */
export function useTranslation(ns: Namespace): { readonly t: TFunction; readonly lang: Lang } {
  // Outside the provider (nothing renders there today) Dutch, the language that is always here, not a crash.
  const texts = useContext(Texts) ?? dutchTexts();
  return useMemo(() => ({ t: translator(texts, ns), lang: texts.lang }), [texts, ns]);
}
