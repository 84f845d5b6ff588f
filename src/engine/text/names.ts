import type { Token } from './tokenize.ts';
import { tokenize } from './tokenize.ts';

/** A person's name split into folded parts: "Ola  Nordmann" → ["ola", "nordmann"]. */
export function nameParts(name: string): string[] {
  return tokenize(name).map((t) => t.norm);
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

/** Where a name (full, or its first part followed by its last) occurs in the tokens. */
export function findName(tokens: readonly Token[], name: string): Array<[number, number]> {
  const parts = nameParts(name);
  const spans: Array<[number, number]> = [];
  if (parts.length === 0) return spans;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.norm !== parts[0]) continue;
    let j = 1;
    while (j < parts.length && tokens[i + j]?.norm === parts[j]) j++;
    if (j === parts.length) {
      spans.push([tokens[i]!.start, tokens[i + j - 1]!.end]);
      i += j - 1;
    }
  }
  return spans;
}
