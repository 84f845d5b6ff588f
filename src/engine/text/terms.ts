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
}

export interface CompiledTerms {
  exact: Map<string, CompiledTerm[]>;
  /** Keyed by the first three letters of the stem. */
  prefix: Map<string, CompiledTerm[]>;
  /** Suffix and infix first words: checked against every token (kept short). */
  scan: CompiledTerm[];
  /** Typo-tolerant first words, keyed by first letter. */
  fuzzy: Map<string, CompiledTerm[]>;
}

const MIN_FUZZY = 7;
const PREFIX_KEY = 3;

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
  const compiled: CompiledTerms = { exact: new Map(), prefix: new Map(), scan: [], fuzzy: new Map() };
  for (const def of defs) {
    const words = def.pattern.trim().split(/\s+/).map(parseWord);
    const term: CompiledTerm = { def, words };
    const first = words[0]!;
    switch (first.mode) {
      case 'exact':
        push(compiled.exact, first.stem, term);
        break;
      case 'prefix':
        push(compiled.prefix, first.stem.slice(0, PREFIX_KEY), term);
        break;
      default:
        compiled.scan.push(term);
    }
    if ((first.mode === 'exact' || first.mode === 'prefix') && first.typos && first.stem.length >= MIN_FUZZY) {
      push(compiled.fuzzy, first.stem[0]!, term);
    }
  }
  return compiled;
}

/** True when a and b differ by at most one edit (insert, delete, substitute, adjacent swap). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // substitution, or a swap of neighbours
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function wordMatches(p: WordPattern, norm: string, allowTypo: boolean): boolean {
  switch (p.mode) {
    case 'exact':
      return norm === p.stem || (allowTypo && p.stem.length >= MIN_FUZZY && withinOneEdit(norm, p.stem));
    case 'prefix':
      if (norm.startsWith(p.stem)) return true;
      if (!allowTypo || p.stem.length < MIN_FUZZY || norm.length < p.stem.length - 1) return false;
      // A typo inside the stem: compare the stem with the word's head of
      // the same length, one shorter and one longer.
      return (
        withinOneEdit(norm.slice(0, p.stem.length), p.stem) ||
        withinOneEdit(norm.slice(0, p.stem.length - 1), p.stem) ||
        withinOneEdit(norm.slice(0, p.stem.length + 1), p.stem)
      );
    case 'suffix':
      return norm.endsWith(p.stem);
    case 'infix':
      return norm.includes(p.stem);
  }
}

function tryTerm(term: CompiledTerm, tokens: readonly Token[], i: number, out: TermMatch[], seen: Set<CompiledTerm>): void {
  if (seen.has(term)) return;
  const n = term.words.length;
  if (i + n > tokens.length) return;
  for (let k = 0; k < n; k++) {
    const word = term.words[k]!;
    if (!wordMatches(word, tokens[i + k]!.norm, word.typos)) return;
  }
  seen.add(term);
  const last = i + n - 1;
  out.push({
    tag: term.def.tag,
    pattern: term.def.pattern,
    first: i,
    last,
    start: tokens[i]!.start,
    end: tokens[last]!.end,
  });
}

/** Every occurrence of every term, in text order. Overlaps are kept: callers decide. */
export function matchTerms(tokens: readonly Token[], terms: CompiledTerms): TermMatch[] {
  const out: TermMatch[] = [];
  const seen = new Set<CompiledTerm>();
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    seen.clear();
    for (const t of terms.exact.get(norm) ?? []) tryTerm(t, tokens, i, out, seen);
    if (norm.length >= PREFIX_KEY) for (const t of terms.prefix.get(norm.slice(0, PREFIX_KEY)) ?? []) tryTerm(t, tokens, i, out, seen);
    for (const t of terms.scan) tryTerm(t, tokens, i, out, seen);
    if (norm.length >= MIN_FUZZY - 1) for (const t of terms.fuzzy.get(norm[0]!) ?? []) tryTerm(t, tokens, i, out, seen);
  }
  return out;
}

/** Shorthand for building term lists: many patterns, one tag. */
export function tagged(tag: string, patterns: readonly string[]): TermDef[] {
  return patterns.map((pattern) => ({ pattern, tag }));
}
