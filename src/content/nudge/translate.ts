// Renders UI strings and finding messages from the dictionary the worker sent
// (see the `strings` message), with the browser's substitution rules.
import { FINDING_MESSAGES } from '../../engine/message-keys.ts';
import type { MessageRef } from '../../engine/types.ts';
import { format, type Dictionary, type Substitutions } from '../../i18n/format.ts';

export type { Dictionary } from '../../i18n/format.ts';
export type Translate = (key: string, subs?: Substitutions) => string;

export function translatorFor(dictionary: Dictionary): Translate {
  return (key, subs) => {
    const entry = dictionary[key];
    return entry ? format(entry, subs) : key;
  };
}

/**
 * A finding's message. Parameters go in the order of message-keys.ts; a
 * parameter that is a label code (idType "d-nummer", category "child_welfare")
 * is shown as its translated label (`idtype_d_nummer`, `category_child_welfare`).
 */
export function findingMessage(ref: MessageRef, dictionary: Dictionary, form: 'full' | 'short' = 'full'): string {
  const spec = (FINDING_MESSAGES as Readonly<Record<string, { params: readonly string[] } | undefined>>)[ref.key];
  const names = spec ? spec.params : Object.keys(ref.params);
  const subs = names.map((name) => {
    const value = String(ref.params[name] ?? '');
    const label = dictionary[labelKey(name, value)];
    return label ? format(label) : value;
  });
  // The card's one-sentence form (`<key>_short`), where the dictionary has one.
  const key = form === 'short' && dictionary[`${ref.key}_short`] ? `${ref.key}_short` : ref.key;
  return translatorFor(dictionary)(key, subs);
}

function labelKey(param: string, value: string): string {
  return `${param.toLowerCase()}_${value.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
}
