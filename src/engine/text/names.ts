import type { Token } from './tokenize.ts';
import { tokenize } from './tokenize.ts';

// Names come from the user's settings and change rarely, drafts every
// keystroke: their folded parts are remembered (bounded, cleared when full).
const PARTS = new Map<string, readonly string[]>();
const PARTS_MAX = 2048;

/** A person's name split into folded parts: "Ola  Nordmann" → ["ola", "nordmann"]. */
export function nameParts(name: string): readonly string[] {
  let parts = PARTS.get(name);
  if (parts === undefined) {
    parts = tokenize(name).map((t) => t.norm);
    if (PARTS.size >= PARTS_MAX) PARTS.clear();
    PARTS.set(name, parts);
  }
  return parts;
}

/**
 * Does a display name (e.g. a DM header "Ola Nordmann") denote the same person
 * as an entry of the user's list? Sites show names differently: with or
 * without a middle name, or only the first name with a last initial. We
 * accept: same parts; or the same first and last part; or an entry of a single
 * part equal to the display name's first part only when the display name also
 * has a single part (a lone first name is too weak otherwise).
 */
export function sameName(display: string, entry: string): boolean {
  const a = nameParts(display);
  const b = nameParts(entry);
  if (a.length === 0 || b.length === 0) return false;
  if (a.join(' ') === b.join(' ')) return true;
  if (a.length >= 2 && b.length >= 2) {
    const firstSame = a[0] === b[0];
    const lastA = a[a.length - 1]!;
    const lastB = b[b.length - 1]!;
    if (firstSame && lastA === lastB) return true;
    // "Ola N." against "Ola Nordmann"
    if (firstSame && ((lastA.length === 1 && lastB.startsWith(lastA)) || (lastB.length === 1 && lastA.startsWith(lastB)))) return true;
  }
  return false;
}

/** Where a name occurs in the tokens, as inclusive token index ranges. */
export function findNameTokens(tokens: readonly Token[], name: string): Array<[number, number]> {
  const parts = nameParts(name);
  const found: Array<[number, number]> = [];
  if (parts.length === 0) return found;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.norm !== parts[0]) continue;
    let j = 1;
    while (j < parts.length && tokens[i + j]?.norm === parts[j]) j++;
    if (j === parts.length) {
      found.push([i, i + j - 1]);
      i += j - 1;
    }
  }
  return found;
}

/** Where a name occurs in the tokens, as UTF-16 spans of the text. */
export function findName(tokens: readonly Token[], name: string): Array<[number, number]> {
  return findNameTokens(tokens, name).map(([a, b]) => [tokens[a]!.start, tokens[b]!.end]);
}
