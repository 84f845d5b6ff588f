// The bundled dictionaries: the same messages.json files the browser reads,
// imported so a page can speak a language other than the browser's.
import type { Lang } from '../engine/types.ts';
import en from '../../public/_locales/en/messages.json';
import nb from '../../public/_locales/nb/messages.json';
import nn from '../../public/_locales/nn/messages.json';
import sv from '../../public/_locales/sv/messages.json';
import type { Dictionary } from './format.ts';

export type { Dictionary } from './format.ts';

/** Keys of the English file, the default locale: every other file has the same keys (a test checks). */
export type MessageKey = keyof typeof en;

const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = { en, nb, nn, sv };

export function messagesFor(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}
