// The i18n module's public surface.
export { format, substitutionList, type MessageEntry, type MessagePlaceholder, type Substitutions } from './format.ts';
export { messagesFor, type Dictionary, type MessageKey } from './messages.ts';
export { isLang, resolveUiLanguage } from './language.ts';
export { browserLanguage, translate, translator, type AnyMessageKey, type Translator } from './translate.ts';
