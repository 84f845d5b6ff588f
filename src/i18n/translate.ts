// Looking up a UI string in a chosen language. When that language is the one
// the browser serves, the browser's own i18n answers; otherwise the bundled
// dictionary does, with the same substitution rules.
import browser from 'webextension-polyfill';
import type { Lang } from '../engine/types.ts';
import { format, substitutionList, type Substitutions } from './format.ts';
import { isLang, resolveUiLanguage } from './language.ts';
import { messagesFor, type MessageKey } from './messages.ts';

/** A key from the English file, or any other key (the content script adds its own later). */
export type AnyMessageKey = MessageKey | (string & Record<never, never>);

/**
 * The language of the messages file the browser actually uses. Each file
 * carries its own code in `lang_code`, because the UI locale alone does not
 * tell: Chromium reports "nb" for a nynorsk user yet serves the nn file.
 */
export function browserLanguage(): Lang {
  try {
    const served = browser.i18n.getMessage('lang_code');
    if (isLang(served)) return served;
    return resolveUiLanguage('auto', browser.i18n.getUILanguage());
  } catch {
    return 'en';
  }
}

export function translate(lang: Lang, key: AnyMessageKey, subs?: Substitutions): string {
  if (lang === browserLanguage()) {
    try {
      const text = browser.i18n.getMessage(key, substitutionList(subs));
      if (text) return text;
    } catch {
      // Fall through to the bundled dictionary.
    }
  }
  const entry = messagesFor(lang)[key] ?? messagesFor('en')[key];
  return entry ? format(entry, subs) : key;
}

export type Translator = (key: AnyMessageKey, subs?: Substitutions) => string;

export function translator(lang: Lang): Translator {
  return (key, subs) => translate(lang, key, subs);
}
