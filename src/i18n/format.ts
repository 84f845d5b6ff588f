// Chrome's message substitution, reimplemented so a message from a bundled
// dictionary reads exactly as `browser.i18n.getMessage` would render it. No
// imports: the content script can bundle this file alone.
//
// Rules (as in Chrome's i18n):
// - `$name$` is a named placeholder (case-insensitive), replaced by its `content`;
// - `$1` … `$9` are replaced by the substitutions (missing ones by '');
// - `$$` is a literal `$`.

export interface MessagePlaceholder {
  content: string;
  example?: string;
}

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Readonly<Record<string, MessagePlaceholder>>;
}

/**
 * A language's messages by key: a messages.json file, or the part of one the
 * worker sends the content script (without the translators' descriptions).
 */
export type Dictionary = Readonly<Record<string, MessageEntry>>;

export type Substitutions = string | number | readonly (string | number)[] | undefined;

const NAMED = /\$([A-Za-z0-9_@]+)\$/g;
const NUMBERED = /\$(\$|[1-9])/g;

export function substitutionList(subs: Substitutions): string[] {
  if (subs === undefined) return [];
  if (typeof subs === 'string' || typeof subs === 'number') return [String(subs)];
  return subs.map(String);
}

export function format(template: string | MessageEntry, subs?: Substitutions): string {
  const entry: MessageEntry = typeof template === 'string' ? { message: template } : template;
  const placeholders = new Map<string, string>();
  for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
    placeholders.set(name.toLowerCase(), placeholder.content);
  }
  // Named placeholders first: their content usually is `$1`, filled in below.
  const expanded = entry.message.replace(NAMED, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole);
  const args = substitutionList(subs);
  // One pass, so a substituted value that happens to contain `$1` stays as typed.
  return expanded.replace(NUMBERED, (_whole, ref: string) => (ref === '$' ? '$' : (args[Number(ref) - 1] ?? '')));
}
