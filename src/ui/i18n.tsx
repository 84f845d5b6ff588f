// The interface language for a page: the user's setting, else the browser's.
// Components read `t` from context so a language change re-renders at once.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type { Lang } from '../engine/types.ts';
import { browserLanguage, resolveUiLanguage, translator, type Translator } from '../i18n/index.ts';
import type { UiLanguageSetting } from '../settings/index.ts';

export interface I18n {
  lang: Lang;
  t: Translator;
}

const I18nContext = createContext<I18n>({ lang: 'en', t: translator('en') });

export function uiLanguageFor(setting: UiLanguageSetting | undefined): Lang {
  return resolveUiLanguage(setting ?? 'auto', browserLanguage());
}

export function I18nProvider({ setting, children }: { setting: UiLanguageSetting | undefined; children: ComponentChildren }) {
  const lang = uiLanguageFor(setting);
  const value = useMemo<I18n>(() => ({ lang, t: translator(lang) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
