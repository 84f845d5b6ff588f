// The UI dictionary the content script renders the nudge with: the chosen
// interface language over English, descriptions (for translators) left out.
import type { Lang } from '../engine/index.ts';
import { browserLanguage, messagesFor } from '../i18n/index.ts';
import type { StringsResponse } from '../shared/messages.ts';

export function uiStrings(setting: Lang | 'auto'): StringsResponse {
  const lang = setting === 'auto' ? browserLanguage() : setting;
  const strings: StringsResponse['strings'] = {};
  for (const source of lang === 'en' ? [messagesFor('en')] : [messagesFor('en'), messagesFor(lang)]) {
    for (const [key, entry] of Object.entries(source)) {
      strings[key] = entry.placeholders ? { message: entry.message, placeholders: entry.placeholders } : { message: entry.message };
    }
  }
  return { lang, strings };
}
