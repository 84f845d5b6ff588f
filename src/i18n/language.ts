// Which language the interface speaks.
import type { Lang } from '../engine/types.ts';

/**
 * The user's choice wins; 'auto' follows the browser: Norwegian (nb, no, and
 * their regional forms) → bokmål, nn → nynorsk, sv (also sv-FI) → Swedish,
 * anything else → English.
 */
export function resolveUiLanguage(setting: Lang | 'auto' | undefined, browserUiLanguage: string | undefined): Lang {
  if (setting && setting !== 'auto') return setting;
  const primary = (browserUiLanguage ?? '').toLowerCase().split(/[-_]/)[0];
  switch (primary) {
    case 'nb':
    case 'no':
      return 'nb';
    case 'nn':
      return 'nn';
    case 'sv':
      return 'sv';
    default:
      return 'en';
  }
}

export { isLang } from '../engine/vocabulary.ts';
