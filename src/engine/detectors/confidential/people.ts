// Who a draft talks about: name-like words (sentence boundaries come from
// ../../text/sentences.ts), and the
// user's people-from-work list. Token based; every function is linear.
import type { Token } from '../../text/tokenize.ts';
import { findNameTokens, nameParts } from '../../text/names.ts';
import { NOT_NAMES, SUBJECT_VERBS } from './words.ts';
import { isSentenceStart, sentenceIndex } from '../../text/sentences.ts';

export { isSentenceStart, sentenceIndex };

const NAME_SHAPE = /^\p{Lu}[\p{Ll}\p{M}'’]+$/u;

/** Capitalised, letters only, not a common word, handle or hashtag. */
export function plainNameShape(t: Token, text: string): boolean {
  if (!t.capitalised || t.numeric || t.raw.length < 2) return false;
  if (!NAME_SHAPE.test(t.raw)) return false;
  // Handles and hashtags are accounts and topics, not people being discussed.
  const before = text[t.start - 1];
  if (before === '@' || before === '#') return false;
  return !NOT_NAMES.has(t.norm);
}

/**
 * Does token i read as (part of) a person's name? Capitalised, not a common
 * word, not a handle. At the start of a sentence every word is capitalised, so
 * there the word must be followed by another name-like word ("Kari Hansen") or
 * by a verb that makes it the subject ("Kari har …").
 * `excluded` marks tokens that belong to a sensitive term or a person noun.
 */
export function nameLike(
  text: string,
  tokens: readonly Token[],
  sentences: Int32Array,
  i: number,
  excluded: Uint8Array,
): boolean {
  const t = tokens[i];
  if (t === undefined || excluded[i] === 1 || !plainNameShape(t, text)) return false;
  if (!isSentenceStart(sentences, i)) return true;
  const next = tokens[i + 1];
  if (next === undefined || sentences[i + 1] !== sentences[i]) return false;
  if (excluded[i + 1] !== 1 && plainNameShape(next, text)) return true;
  return SUBJECT_VERBS.has(next.norm);
}

/** The maximal run of name-like tokens containing i, as token indices [first, last]. */
export function nameRun(
  text: string,
  tokens: readonly Token[],
  sentences: Int32Array,
  i: number,
  excluded: Uint8Array,
): [number, number] {
  let first = i;
  let last = i;
  while (first > 0 && sentences[first - 1] === sentences[i] && nameLike(text, tokens, sentences, first - 1, excluded)) first--;
  while (last + 1 < tokens.length && sentences[last + 1] === sentences[i] && nameLike(text, tokens, sentences, last + 1, excluded)) last++;
  return [first, last];
}

/**
 * Where the user's people-from-work occur: the full name, or the first name on
 * its own when written with a capital letter (drafts rarely give surnames).
 * Token index ranges, inclusive.
 */
export function workPeople(tokens: readonly Token[], people: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (people.length === 0) return out;
  const firstNames = new Set<string>();
  for (const person of people) {
    out.push(...findNameTokens(tokens, person));
    const parts = nameParts(person);
    if (parts.length >= 1 && parts[0]!.length >= 2) firstNames.add(parts[0]!);
  }
  const covered = new Uint8Array(tokens.length);
  for (const [a, b] of out) for (let k = a; k <= b; k++) covered[k] = 1;
  for (const t of tokens) {
    if (t.capitalised && covered[t.index] !== 1 && firstNames.has(t.norm)) out.push([t.index, t.index]);
  }
  return out;
}
