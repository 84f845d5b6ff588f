// Sentence boundaries over the tokens of a draft, shared by the detectors
// (a possessive or a "you" only counts inside its own sentence; a greeting
// only at a sentence start). Computed once per token list.
import type { Token } from './tokenize.ts';

const CACHE = new WeakMap<readonly Token[], Int32Array>();

/**
 * Sentence number of every token. A sentence ends at . ! ? … or a line break
 * when the next word starts with a capital letter or a line break came between
 * ("3. klasse" and "f. 1990" stay one sentence).
 */
export function sentenceIndex(text: string, tokens: readonly Token[]): Int32Array {
  const cached = CACHE.get(tokens);
  if (cached) return cached;
  const out = new Int32Array(tokens.length);
  let s = 0;
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    const cur = tokens[i]!;
    // The gap between two words is short: read it character by character.
    let end = false;
    let lineBreak = false;
    for (let k = prev.end; k < cur.start; k++) {
      const c = text.charCodeAt(k);
      if (c === 10) end = lineBreak = true;
      else if (c === 46 || c === 33 || c === 63 || c === 0x2026) end = true; // . ! ? …
    }
    if (end && (cur.capitalised || lineBreak)) s++;
    out[i] = s;
  }
  CACHE.set(tokens, out);
  return out;
}

/** True for the first token of its sentence. */
export function isSentenceStart(sentences: Int32Array, i: number): boolean {
  return i === 0 || sentences[i - 1] !== sentences[i];
}
