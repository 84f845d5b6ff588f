// What the learned reader sees of a draft's words: hashed word and character
// n-grams of the folded words (the rules' named readings, readings.ts, are
// weighed beside them by name). Hashing keeps the model a fixed size whatever the vocabulary,
// and no word of the training data is stored in it, only bucket weights.
//
// The same function builds the features for training (scripts/train) and for
// analysis, so the two can never drift apart.
import type { Surface } from '../types.ts';
import type { Token } from '../text/tokenize.ts';

/** The feature families, each hashed from its own seed so they never share a key. */
const SEED_WORD = 0x811c9dc5;
const SEED_CHAR = 0x2f6b1a37;
const SEED_BIGRAM = 0x5bd1e995;
const SEED_SURFACE_WORD = 0x27d4eb2f;
const SEED_SKIP = 0x3c6ef372;
/** Word pairs up to this many words apart (beyond neighbours) also count: "mora … medisin". */
const SKIP_REACH = 4;

const FNV_PRIME = 0x01000193;

/** Character n-grams of each word, with "<" and ">" marking its edges (fastText's subwords). */
export const CHAR_NGRAM_MIN = 3;
export const CHAR_NGRAM_MAX = 5;
const EDGE_START = 60; // '<'
const EDGE_END = 62; // '>'
const DIGIT_SHAPE = 48; // '0': every digit hashes the same, so no number is learned

function step(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

/** A final mix so that nearby keys spread over the buckets. */
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function shapeCode(code: number): number {
  return code >= 48 && code <= 57 ? DIGIT_SHAPE : code;
}

export interface DraftFeatures {
  /** Bucket of each text feature, in the order they were read. */
  buckets: Int32Array;
  /** The token each text feature came from (a bigram belongs to its second word). */
  owners: Int32Array;
  /** How many entries of `buckets` are used. */
  count: number;
}

// Scratch arrays reused between calls: a draft's features are read and
// dropped within one analysis, and the worker analyses one draft at a time.
let scratchBuckets = new Int32Array(4096);
let scratchOwners = new Int32Array(4096);
let scratchCounts = new Uint32Array(0);

function grow(need: number): void {
  if (need <= scratchBuckets.length) return;
  let size = scratchBuckets.length;
  while (size < need) size *= 2;
  const b = new Int32Array(size);
  b.set(scratchBuckets);
  const o = new Int32Array(size);
  o.set(scratchOwners);
  scratchBuckets = b;
  scratchOwners = o;
}

/** Features a word of this length yields: unigram, surface-unigram, bigram, skip pairs and its char n-grams. */
function perWord(length: number): number {
  const padded = length + 2;
  let n = 3 + SKIP_REACH - 1;
  for (let k = CHAR_NGRAM_MIN; k <= CHAR_NGRAM_MAX; k++) n += Math.max(0, padded - k + 1);
  return n;
}

/**
 * The features of a tokenised draft. `dims` must be a power of two. The
 * returned arrays are views into scratch memory: use them before the next call.
 */
export function draftFeatures(tokens: readonly Token[], surface: Surface | undefined, dims: number): DraftFeatures {
  const mask = dims - 1;
  let need = 0;
  for (const t of tokens) need += perWord(t.norm.length);
  grow(need);
  const buckets = scratchBuckets;
  const owners = scratchOwners;
  const surfaceSeed = step(SEED_SURFACE_WORD, (surface ?? 'post').charCodeAt(0));
  let n = 0;
  let previous = 0;
  // The word hashes of the last SKIP_REACH words, for the skip pairs.
  const recent = new Int32Array(SKIP_REACH + 1);
  for (let ti = 0; ti < tokens.length; ti++) {
    const word = tokens[ti]!.norm;
    const len = word.length;
    let hw = SEED_WORD;
    let hs = surfaceSeed;
    for (let i = 0; i < len; i++) {
      const c = shapeCode(word.charCodeAt(i));
      hw = step(hw, c);
      hs = step(hs, c);
    }
    buckets[n] = finish(hw) & mask;
    owners[n++] = ti;
    buckets[n] = finish(hs) & mask;
    owners[n++] = ti;
    if (ti > 0) {
      buckets[n] = finish(step(Math.imul(previous ^ SEED_BIGRAM, FNV_PRIME), hw)) & mask;
      owners[n++] = ti;
    }
    for (let back = 2; back <= SKIP_REACH && back <= ti; back++) {
      buckets[n] = finish(step(Math.imul(recent[(ti - back) % (SKIP_REACH + 1)]! ^ SEED_SKIP, FNV_PRIME), hw)) & mask;
      owners[n++] = ti;
    }
    recent[ti % (SKIP_REACH + 1)] = hw;
    previous = hw;
    // Subwords over "<word>": position -1 is '<', position len is '>'.
    for (let from = -1; from <= len; from++) {
      let h = SEED_CHAR;
      for (let k = 0; k < CHAR_NGRAM_MAX; k++) {
        const at = from + k;
        if (at > len) break;
        const code = at < 0 ? EDGE_START : at === len ? EDGE_END : shapeCode(word.charCodeAt(at));
        h = step(h, code);
        if (k + 1 >= CHAR_NGRAM_MIN) {
          buckets[n] = finish(h) & mask;
          owners[n++] = ti;
        }
      }
    }
  }
  return { buckets, owners, count: n };
}

/**
 * The weight each text feature carries: one over the length of the draft's
 * vector of feature counts, so a draft is not louder for being long, nor for
 * saying one thing many times: a sentence pasted ten times weighs what it does
 * once. (Weighing each occurrence 1/sqrt(count) made a harmless sentence
 * repeated ten times read as contact with a client.)
 */
export function featureScale(buckets: ArrayLike<number>, count: number): number {
  if (count === 0) return 0;
  // Counts per bucket in a table reused between calls (a Map cost three times
  // the feature extraction on a 60 kB draft); only touched entries are reset.
  let table = scratchCounts;
  let squares = 0;
  for (let i = 0; i < count; i++) {
    const b = buckets[i]!;
    if (b >= table.length) {
      const grown = new Uint32Array(Math.max(b + 1, table.length * 2));
      grown.set(table);
      table = scratchCounts = grown;
    }
    // c² − (c − 1)²: the sum of squared counts, kept as the counts grow.
    squares += 2 * ++table[b]! - 1;
  }
  for (let i = 0; i < count; i++) table[buckets[i]!] = 0;
  return 1 / Math.sqrt(squares);
}
