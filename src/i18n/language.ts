// Which language the interface speaks.
import type { Lang } from '../engine/types.ts';
import { langOfLocale } from '../engine/vocabulary.ts';

/**
 * The user's choice wins; 'auto' follows the browser through LANG_CODES
 * (../engine/vocabulary.ts): Norwegian (nb, no, and their regional forms) →
 * bokmål, nn → nynorsk, sv (also sv-FI) → Swedish, anything else → English.
 */
export function resolveUiLanguage(setting: Lang | 'auto' | undefined, browserUiLanguage: string | undefined): Lang {
  if (setting && setting !== 'auto') return setting;
  return langOfLocale(browserUiLanguage ?? '') ?? 'en';
}

export { isLang } from '../engine/vocabulary.ts';
