import type { Token } from './tokenize.ts';
import { fold } from './fold.ts';

/**
 * Term lists are data: each term is a pattern of one or more words and a tag.
 * A word pattern is folded like the tokens and may use `*`:
 *   `kommunen`   the word exactly (inflections listed, or use a prefix)
 *   `kommun*`    any word starting so (inflections: kommunen, kommunens…)
 *   `*tjeneste*` any word containing it (compounds: hjemmetjenesten)
 *   `*skolen`    any word ending so (compounds: ungdomsskolen)
 *   `kommunen!`  exactly, with no typo allowed (where a typo is another word:
 *                "kommune" is any municipality, "kommunen" the writer's own)
 * Words of seven letters or more also match with one typo (one letter added,
 * dropped, changed, or two neighbours swapped), so "kommunenn" and
 * "taushetplikt" still count. Matching is linear in the number of tokens:
 * each token is checked against a bounded candidate list.
 */
export interface TermDef {
  pattern: string;
  tag: string;
}

export interface TermMatch {
  tag: string;
  /** The compiled list the term came from (several lists can be matched in one pass). */
  lexicon: CompiledTerms;
  pattern: string;
  /** Token indices, inclusive. */
  first: number;
  last: number;
  /** UTF-16 span in the text. */
  start: number;
  end: number;
}

type WordMode = 'exact' | 'prefix' | 'suffix' | 'infix';
interface WordPattern {
  stem: string;
  mode: WordMode;
  typos: boolean;
}
interface CompiledTerm {
  def: TermDef;
  words: WordPattern[];
  owner: CompiledTerms;
}

/** Terms that share their first word: that word is checked once for all of them. */
interface FirstWordGroup {
  word: WordPattern;
  terms: CompiledTerm[];
}

/** Terms whose first word is exact, indexed further by their second word where it can be. */
interface ExactEntry {
  /** One-word terms, and terms whose second word is a suffix or infix. */
  rest: CompiledTerm[];
  bySecond: Map<string, CompiledTerm[]>;
  /**
   * Terms whose second word may carry a typo or is a prefix, keyed by the
   * second word's first two letters (see headKey): "som" starts ninety
   * disclaimer phrases, and only a few of them go on with "pr…".
   */
  bySecondHead: Map<number, CompiledTerm[]>;
}

export interface CompiledTerms {
  /** Every term, for merging lists into one index. */
  terms: CompiledTerm[];
  exact: Map<string, ExactEntry>;
  /** Keyed by the first three letters of the stem. */
  prefix: Map<string, FirstWordGroup[]>;
  /** Suffix and infix first words: checked against every token (kept short). */
  scan: FirstWordGroup[];
  /**
   * Typo-tolerant first words, keyed by their first two letters: a typo in the
   * first two letters is rare, and the key keeps the candidates few.
   */
  fuzzy: Map<string, FirstWordGroup[]>;
  /**
   * For each folded word seen so far, what it starts (see WordHits): words
   * repeat within a draft and, above all, between the analyses of a draft as
   * it is typed, so most tokens cost one lookup. Bounded: cleared when full.
   * It lives in the worker's memory only, like the draft being analysed.
   */
  hits: Map<string, WordHits>;
}

/** What a folded word starts: the terms its first word matches, and the second-word indexes. */
interface WordHits {
  first: readonly CompiledTerm[];
  bySecond: ReadonlyMap<string, CompiledTerm[]> | undefined;
  bySecondHead: ReadonlyMap<number, CompiledTerm[]> | undefined;
}

/** A word's first two letters as one number (a typo there is rare; -1 for a one-letter word). */
function headKey(word: string): number {
  return word.length < 2 ? -1 : word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
}

/** The indexes holding remembered words, so forgetWords can reach them all. */
const REMEMBERING = new Set<CompiledTerms>();

/**
 * Forget every remembered word in every index, at once. The worker calls it
 * when typing has paused (no word of a draft outlives its writing), and the
 * benchmark to measure a draft whose words the engine sees for the first time.
 */
export function forgetWords(): void {
  for (const terms of REMEMBERING) terms.hits.clear();
  REMEMBERING.clear();
}

/** How many words the engine remembers right now, over all indexes. */
export function rememberedWords(): number {
  let n = 0;
  for (const terms of REMEMBERING) n += terms.hits.size;
  return n;
}

/** Words remembered per index before the memory is cleared (about 2 MB at most). */
const FIRST_HITS_MAX = 20_000;
const NO_TERMS: readonly CompiledTerm[] = [];
const NO_HITS: WordHits = { first: NO_TERMS, bySecond: undefined, bySecondHead: undefined };

function emptyIndex(): CompiledTerms {
  return { terms: [], exact: new Map(), prefix: new Map(), scan: [], fuzzy: new Map(), hits: new Map() };
}

const MIN_FUZZY = 7;
const PREFIX_KEY = 3;
const FUZZY_KEY = 2;

function parseWord(word: string): WordPattern {
  const typos = !word.endsWith('!');
  const raw = typos ? word : word.slice(0, -1);
  const lead = raw.startsWith('*');
  const trail = raw.endsWith('*');
  const stem = fold(raw.slice(lead ? 1 : 0, trail ? -1 : undefined));
  if (stem.length === 0) throw new Error(`empty word in term pattern "${raw}"`);
  const mode: WordMode = lead && trail ? 'infix' : lead ? 'suffix' : trail ? 'prefix' : 'exact';
  if (mode === 'prefix' && stem.length < PREFIX_KEY) throw new Error(`prefix "${raw}" is too short`);
  return { stem, mode, typos };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function compileTerms(defs: readonly TermDef[]): CompiledTerms {
  const compiled = emptyIndex();
  for (const def of defs) compiled.terms.push({ def, words: def.pattern.trim().split(/\s+/).map(parseWord), owner: compiled });
  indexTerms(compiled, compiled.terms);
  return compiled;
}

/**
 * One index over several lists: matching it is one pass over the tokens
 * instead of one per list, and each match still names its own list.
 */
export function mergeTerms(lists: readonly CompiledTerms[]): CompiledTerms {
  const merged = emptyIndex();
  indexTerms(merged, [...new Set(lists)].flatMap((l) => l.terms));
  return merged;
}

/** Split a match list by the list each match came from. */
export function byLexicon(matches: readonly TermMatch[]): Map<CompiledTerms, TermMatch[]> {
  const out = new Map<CompiledTerms, TermMatch[]>();
  for (const m of matches) push(out, m.lexicon, m);
  return out;
}

function indexTerms(compiled: CompiledTerms, terms: readonly CompiledTerm[]): void {
  const groups = new Map<string, FirstWordGroup>();
  const groupOf = (word: WordPattern, into: FirstWordGroup[], kind: string): FirstWordGroup => {
    const key = `${kind}|${word.mode}|${word.typos}|${word.stem}`;
    let group = groups.get(key);
    if (!group) {
      group = { word, terms: [] };
      groups.set(key, group);
      into.push(group);
    }
    return group;
  };
  for (const term of terms) {
    const { words } = term;
    const first = words[0]!;
    switch (first.mode) {
      case 'exact': {
        let entry = compiled.exact.get(first.stem);
        if (!entry) {
          entry = { rest: [], bySecond: new Map(), bySecondHead: new Map() };
          compiled.exact.set(first.stem, entry);
        }
        const second = words[1];
        // Typos in the second word must still reach the term: only typo-free
        // exact second words are indexed by the whole word, the others by its head.
        if (second && second.mode === 'exact' && (!second.typos || second.stem.length < MIN_FUZZY)) push(entry.bySecond, second.stem, term);
        else if (second && (second.mode === 'exact' || second.mode === 'prefix') && second.stem.length >= 2) push(entry.bySecondHead, headKey(second.stem), term);
        else entry.rest.push(term);
        break;
      }
      case 'prefix': {
        const key = first.stem.slice(0, PREFIX_KEY);
        const list = compiled.prefix.get(key) ?? [];
        compiled.prefix.set(key, list);
        groupOf(first, list, `p${key}`).terms.push(term);
        break;
      }
      default:
        groupOf(first, compiled.scan, 's').terms.push(term);
    }
    if ((first.mode === 'exact' || first.mode === 'prefix') && first.typos && first.stem.length >= MIN_FUZZY) {
      const key = first.stem.slice(0, FUZZY_KEY);
      const list = compiled.fuzzy.get(key) ?? [];
      compiled.fuzzy.set(key, list);
      groupOf(first, list, 'f').terms.push(term);
    }
  }
}

/** True when a and b differ by at most one edit (insert, delete, substitute, adjacent swap). */
export function withinOneEdit(a: string, b: string): boolean {
  return headsWithinOneEdit(a, a.length, b, b.length);
}

/**
 * withinOneEdit for the first `la` characters of a and the first `lb` of b,
 * without cutting them out (a slice per candidate was most of the garbage).
 */
function headsWithinOneEdit(a: string, la: number, b: string, lb: number): boolean {
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (i === la) return true;
    // substitution, or a swap of neighbours
    if (sameRange(a, i + 1, la, b, i + 1, lb)) return true;
    return a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameRange(a, i + 2, la, b, i + 2, lb);
  }
  return la > lb ? sameRange(a, i + 1, la, b, i, lb) : sameRange(a, i, la, b, i + 1, lb);
}

/** a[ia, la) equals b[ib, lb). */
function sameRange(a: string, ia: number, la: number, b: string, ib: number, lb: number): boolean {
  if (la - ia !== lb - ib) return false;
  for (; ia < la; ia++, ib++) if (a.charCodeAt(ia) !== b.charCodeAt(ib)) return false;
  return true;
}

function wordMatches(p: WordPattern, norm: string, allowTypo: boolean): boolean {
  switch (p.mode) {
    case 'exact':
      return norm === p.stem || (allowTypo && p.stem.length >= MIN_FUZZY && withinOneEdit(norm, p.stem));
    case 'prefix': {
      if (norm.startsWith(p.stem)) return true;
      const n = p.stem.length;
      if (!allowTypo || n < MIN_FUZZY || norm.length < n - 1) return false;
      // A typo inside the stem: compare the stem with the word's head of
      // the same length, one shorter and one longer.
      const len = norm.length;
      return (
        headsWithinOneEdit(norm, Math.min(len, n), p.stem, n) ||
        headsWithinOneEdit(norm, Math.min(len, n - 1), p.stem, n) ||
        headsWithinOneEdit(norm, Math.min(len, n + 1), p.stem, n)
      );
    }
    case 'suffix':
      return norm.endsWith(p.stem);
    case 'infix':
      return norm.includes(p.stem);
  }
}

/** Try a term whose first word is already known to match token i. */
function tryTerm(term: CompiledTerm, tokens: readonly Token[], i: number, out: TermMatch[]): void {
  const n = term.words.length;
  if (i + n > tokens.length) return;
  for (let k = 1; k < n; k++) {
    const word = term.words[k]!;
    if (!wordMatches(word, tokens[i + k]!.norm, word.typos)) return;
  }
  const last = i + n - 1;
  out.push({
    tag: term.def.tag,
    lexicon: term.owner,
    pattern: term.def.pattern,
    first: i,
    last,
    start: tokens[i]!.start,
    end: tokens[last]!.end,
  });
}

/**
 * The terms whose first word matches `norm` (exact, prefix, suffix, infix or
 * with a typo), each once, and the terms indexed by `norm` and a second word.
 */
function hitsOf(terms: CompiledTerms, norm: string): WordHits {
  const known = terms.hits.get(norm);
  if (known !== undefined) return known;
  const found: CompiledTerm[] = [];
  const add = (g: FirstWordGroup, typos: boolean): void => {
    if (!wordMatches(g.word, norm, typos)) return;
    for (const t of g.terms) if (!found.includes(t)) found.push(t);
  };
  const exact = terms.exact.get(norm);
  if (exact) found.push(...exact.rest);
  if (norm.length >= PREFIX_KEY) for (const g of terms.prefix.get(norm.slice(0, PREFIX_KEY)) ?? []) add(g, false);
  for (const g of terms.scan) add(g, false);
  if (norm.length >= MIN_FUZZY - 1) {
    for (const g of terms.fuzzy.get(norm.slice(0, FUZZY_KEY)) ?? []) {
      if (Math.abs(g.word.stem.length - norm.length) <= 1 || g.word.mode === 'prefix') add(g, true);
    }
  }
  const bySecond = exact !== undefined && exact.bySecond.size > 0 ? exact.bySecond : undefined;
  const bySecondHead = exact !== undefined && exact.bySecondHead.size > 0 ? exact.bySecondHead : undefined;
  const hits = found.length === 0 && bySecond === undefined && bySecondHead === undefined ? NO_HITS : { first: found, bySecond, bySecondHead };
  if (terms.hits.size >= FIRST_HITS_MAX) terms.hits.clear();
  if (terms.hits.size === 0) REMEMBERING.add(terms);
  terms.hits.set(norm, hits);
  return hits;
}

/** Every occurrence of every term, in text order. Overlaps are kept: callers decide. */
export function matchTerms(tokens: readonly Token[], terms: CompiledTerms): TermMatch[] {
  const out: TermMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const { first, bySecond, bySecondHead } = hitsOf(terms, tokens[i]!.norm);
    for (const t of first) tryTerm(t, tokens, i, out);
    const next = tokens[i + 1];
    if (next === undefined) continue;
    // A term with a typo-tolerant first word can be reached both ways: tried once.
    if (bySecond !== undefined) for (const t of bySecond.get(next.norm) ?? NO_TERMS) if (!first.includes(t)) tryTerm(t, tokens, i, out);
    if (bySecondHead !== undefined) for (const t of bySecondHead.get(headKey(next.norm)) ?? NO_TERMS) if (!first.includes(t)) tryTerm(t, tokens, i, out);
  }
  return out;
}

/** In text order, without matches contained in a longer one ("jobben" inside "jobben min"). */
export function outermost(matches: readonly TermMatch[]): TermMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermMatch[] = [];
  let reach = -1;
  for (const m of sorted) {
    if (m.end <= reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}
