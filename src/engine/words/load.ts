// The one reader of the engine's word lists (the JSON files beside this one).
// The data knows the words, keyed by language; the code knows kinds of check.
// Loading normalises every entry, folds what is compared folded, merges the
// languages without duplicates, and refuses, with the file, list and entry in
// the message, anything that could never match a word of a draft: a twin the
// matcher already folds, a character no word of a draft can hold, a prefix too
// short to index, an exception that excepts nothing, a part nothing combines.
// It is the only caller of the term compiler outside the engine's own per-draft
// name patterns.
import { LANGS, type Lang } from '../vocabulary.ts';
import { fold } from '../text/fold.ts';
import { compileTerms, type CompiledTerms, type TermDef } from '../text/terms.ts';
import { isRecord } from '../../shared/is-record.ts';

/**
 * How a list is compared with the words of a draft.
 *   terms       patterns of one or more words in the syntax of ../text/terms.ts
 *               (`*` at either end, `!` for no typo), folded, typo-tolerant
 *   folded      single words, compared folded ("pa" and "på" are one entry)
 *   as-written  single words compared lower-cased but not folded, where folding
 *               would join two words ("vår", our; "var", was)
 *   parts       words and phrases that are never matched by themselves, only
 *               combined into a terms list's patterns (folded lists can be
 *               combined too)
 *   patterns    a subset of another terms list's patterns, picked out by name
 */
export const MATCH_MODES = ['terms', 'folded', 'as-written', 'parts', 'patterns'] as const;
export type MatchMode = (typeof MATCH_MODES)[number];

/** One list as written in a word file. */
export interface WordListData {
  about: string;
  match: MatchMode;
  /** terms: the tag every match carries (what kind of word it is). */
  tag?: string;
  /** terms: false when a typo would be another word ("mottatt", "motsatt"). */
  typos?: boolean;
  /** The entries, by language; a word used in several languages is listed under each. */
  words?: Partial<Record<Lang, readonly string[]>>;
  /**
   * terms: patterns built from other lists, one product per item: each part
   * is a `@list` of kind `parts` or a literal phrase, and every choice of one
   * entry per part, joined by spaces, is a pattern.
   */
  combine?: ReadonlyArray<ReadonlyArray<string | readonly string[]>>;
  /**
   * terms: built patterns to leave out, as built (with `append`); folded and
   * as-written: words of the `from` lists to leave out. Each must be one there.
   */
  except?: readonly string[];
  /**
   * folded and as-written: other single-word lists of this file whose words
   * this one takes (folded, if this list is), less `except`, plus its own
   * `words`. A small grammar set is written once per language and each
   * reading names the forms it leaves out and why.
   */
  from?: readonly string[];
  /** terms: appended to every built pattern ("*" to take inflections). */
  append?: string;
  /** patterns: the terms list whose patterns these are. */
  of?: string;
  /** Words the list must and must not match, checked by the unit tests. */
  examples?: { match?: readonly string[]; miss?: readonly string[] };
}

export interface WordFileData {
  about: string;
  lists: Readonly<Record<string, WordListData>>;
}

/** A word file that cannot be loaded: which one, where, and why. */
export class WordDataError extends Error {
  constructor(file: string, list: string | undefined, reason: string) {
    super(`${file}${list === undefined ? '' : ` › ${list}`}: ${reason}`);
    this.name = 'WordDataError';
  }
}

/** A loaded list: its entries merged over the languages, and where each came from. */
export interface LoadedList {
  readonly name: string;
  readonly data: WordListData;
  /** Normalised entries in file order (languages in LANGS order), folded where the mode folds. */
  readonly entries: readonly string[];
  /** For terms lists: the patterns, written words and built ones, each once. */
  readonly patterns: readonly string[];
  /** The languages each entry is listed under (built patterns: none). */
  readonly langs: ReadonlyMap<string, readonly Lang[]>;
}

/** One word file, loaded and checked. */
export interface WordBook {
  readonly file: string;
  readonly about: string;
  readonly lists: ReadonlyMap<string, LoadedList>;
  /** The term definitions of terms lists, in the order named. */
  terms(...names: string[]): TermDef[];
  /** Terms lists compiled into one index (matching it is one pass). */
  compile(...names: string[]): CompiledTerms;
  /** The entries of a folded, as-written or patterns list. */
  set(name: string): ReadonlySet<string>;
  /** The entries of a folded list in file order (for prefix tests). */
  list(name: string): readonly string[];
}

// What the tokenizer keeps inside a word: letters, marks, digits, format
// characters and apostrophes (../text/tokenize.ts). Anything else splits words,
// so an entry holding it could never equal one.
const WORD_CHARS = /^[\p{L}\p{M}\p{N}\p{Cf}'’]+$/u;

function normalise(entry: string): string {
  return entry.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Why a terms pattern can never match a draft, or undefined when it can. */
function patternFault(pattern: string): string | undefined {
  for (const word of pattern.split(' ')) {
    const strict = word.endsWith('!');
    const bare = strict ? word.slice(0, -1) : word;
    const lead = bare.startsWith('*');
    const trail = bare.endsWith('*') && bare.length > 1;
    const stem = bare.slice(lead ? 1 : 0, trail ? -1 : undefined);
    if (stem.length === 0) return `"${pattern}" has an empty word`;
    if (!WORD_CHARS.test(stem)) return `"${pattern}": "${stem}" holds a character that splits words in a draft, so it can never match`;
    if (fold(stem).length === 0) return `"${pattern}": "${stem}" folds to nothing`;
    if (trail && !lead && fold(stem).length < 3) return `"${pattern}": a prefix needs three letters or more`;
  }
  return undefined;
}

/** Why a single-word entry can never match, or undefined when it can. */
function wordFault(entry: string): string | undefined {
  if (!WORD_CHARS.test(entry)) return `"${entry}" is not one word of a draft (spaces and punctuation split words), so it can never match`;
  return undefined;
}

/** The key two entries are one under: what the matcher compares. */
function keyOf(entry: string, mode: MatchMode): string {
  return mode === 'as-written' ? entry : entry.split(' ').map(fold).join(' ');
}

function readWords(file: string, name: string, list: WordListData): { entries: string[]; langs: Map<string, Lang[]> } {
  const words = list.words ?? {};
  if (!isRecord(words)) throw new WordDataError(file, name, '"words" must map languages to lists of words');
  for (const lang of Object.keys(words)) {
    if (!(LANGS as readonly string[]).includes(lang)) throw new WordDataError(file, name, `"${lang}" is not a language (${LANGS.join(', ')})`);
  }
  const entries: string[] = [];
  const langs = new Map<string, Lang[]>();
  const byKey = new Map<string, string>();
  for (const lang of LANGS) {
    const raw: unknown = words[lang];
    if (raw === undefined) continue;
    if (!isStringArray(raw)) throw new WordDataError(file, name, `"${lang}" must be a list of strings`);
    const seen = new Map<string, string>();
    for (const original of raw) {
      const entry = normalise(original);
      if (entry.length === 0) throw new WordDataError(file, name, `${lang}: an empty entry`);
      const fault = list.match === 'terms' || list.match === 'patterns' ? patternFault(entry) : list.match === 'parts' ? undefined : wordFault(entry);
      if (fault !== undefined) throw new WordDataError(file, name, `${lang}: ${fault}`);
      const key = keyOf(entry, list.match);
      const twin = seen.get(key);
      if (twin !== undefined) {
        throw new WordDataError(file, name, `${lang}: "${original}" is the same entry as "${twin}" once folded (the matcher folds both), keep one`);
      }
      seen.set(key, original);
      const stored = list.match === 'folded' ? key : entry;
      const first = byKey.get(key);
      if (first === undefined) {
        byKey.set(key, stored);
        entries.push(stored);
        langs.set(stored, [lang]);
      } else {
        langs.get(first)!.push(lang);
      }
    }
  }
  return { entries, langs };
}

function checkShape(file: string, name: string, list: unknown): asserts list is WordListData {
  if (!isRecord(list)) throw new WordDataError(file, name, 'a list must be an object');
  const known = new Set(['about', 'match', 'tag', 'typos', 'words', 'combine', 'except', 'append', 'of', 'from', 'examples']);
  for (const key of Object.keys(list)) if (!known.has(key)) throw new WordDataError(file, name, `unknown field "${key}"`);
  if (typeof list.about !== 'string' || list.about.trim().length === 0) throw new WordDataError(file, name, '"about" must say what the list is for');
  if (!(MATCH_MODES as readonly unknown[]).includes(list.match)) throw new WordDataError(file, name, `"match" must be one of ${MATCH_MODES.join(', ')}`);
  const termsOnly = ['tag', 'typos', 'combine', 'append'] as const;
  if (list.from !== undefined && (!isStringArray(list.from) || (list.match !== 'folded' && list.match !== 'as-written'))) {
    throw new WordDataError(file, name, '"from" names lists a folded or as-written list takes its words from');
  }
  if (list.except !== undefined && list.match !== 'terms' && list.from === undefined) throw new WordDataError(file, name, '"except" is for terms lists and lists with "from"');
  if (list.match !== 'terms') {
    for (const key of termsOnly) if (list[key] !== undefined) throw new WordDataError(file, name, `"${key}" is for terms lists only`);
  } else if (typeof list.tag !== 'string' || list.tag.length === 0) {
    throw new WordDataError(file, name, 'a terms list needs a "tag"');
  }
  if (list.typos !== undefined && typeof list.typos !== 'boolean') throw new WordDataError(file, name, '"typos" must be true or false');
  if ((list.match === 'patterns') !== (typeof list.of === 'string')) throw new WordDataError(file, name, '"of" names the terms list of a patterns list, and only there');
  if (list.combine === undefined && list.words === undefined && list.from === undefined) throw new WordDataError(file, name, 'a list needs "words", "combine" or "from"');
  if (list.except !== undefined && !isStringArray(list.except)) throw new WordDataError(file, name, '"except" must be a list of entries');
  if (list.append !== undefined && typeof list.append !== 'string') throw new WordDataError(file, name, '"append" must be a string');
  if (list.examples !== undefined) {
    const ex = list.examples;
    if (!isRecord(ex) || Object.keys(ex).some((k) => k !== 'match' && k !== 'miss') || (ex.match !== undefined && !isStringArray(ex.match)) || (ex.miss !== undefined && !isStringArray(ex.miss))) {
      throw new WordDataError(file, name, '"examples" holds "match" and "miss", each a list of texts');
    }
  }
}

/** The patterns a combine builds: every choice of one entry per part. */
function built(file: string, name: string, list: WordListData, parts: ReadonlyMap<string, LoadedList>, used: Set<string>): string[] {
  const out: string[] = [];
  for (const product of list.combine ?? []) {
    if (!Array.isArray(product) || product.length === 0) throw new WordDataError(file, name, '"combine" holds non-empty lists of parts');
    let phrases = [''];
    for (const part of product) {
      let choices: readonly string[];
      if (typeof part === 'string' && part.startsWith('@')) {
        const ref = parts.get(part.slice(1));
        if (ref === undefined || (ref.data.match !== 'parts' && ref.data.match !== 'folded')) throw new WordDataError(file, name, `"${part}" is not a parts or folded list of this file`);
        used.add(ref.name);
        choices = ref.entries;
      } else if (typeof part === 'string') {
        choices = [normalise(part)];
      } else if (isStringArray(part)) {
        choices = part.map(normalise);
      } else {
        throw new WordDataError(file, name, 'a part is a "@list", a phrase or a list of phrases');
      }
      phrases = phrases.flatMap((p) => choices.map((c) => (p === '' ? c : `${p} ${c}`)));
    }
    out.push(...phrases.map((p) => `${p}${list.append ?? ''}`));
  }
  return out;
}

/** A list that takes the words of others: their union, less `except`, plus its own words. */
function derived(file: string, name: string, list: WordListData, lists: ReadonlyMap<string, LoadedList>): { entries: string[]; langs: Map<string, Lang[]> } {
  const entries: string[] = [];
  const langs = new Map<string, Lang[]>();
  const except = new Set((list.except ?? []).map(normalise));
  // A folded source holds folded words: an exception to it is compared folded.
  const exceptFolded = new Set([...except].map(fold));
  const taken = new Set<string>();
  const add = (entry: string, from: readonly Lang[]): void => {
    const stored = list.match === 'folded' ? fold(entry) : entry;
    const had = langs.get(stored);
    if (had === undefined) {
      entries.push(stored);
      langs.set(stored, [...from]);
    } else {
      for (const l of from) if (!had.includes(l)) had.push(l);
    }
  };
  for (const source of list.from ?? []) {
    const ref = lists.get(source);
    if (ref === undefined || ref.data.from !== undefined || (ref.data.match !== 'folded' && ref.data.match !== 'as-written')) {
      throw new WordDataError(file, name, `"from" names "${source}", which is not a plain folded or as-written list of this file`);
    }
    const folded = ref.data.match === 'folded';
    for (const entry of ref.entries) {
      taken.add(entry);
      if (!(folded ? exceptFolded.has(entry) : except.has(entry))) add(entry, ref.langs.get(entry) ?? []);
    }
  }
  for (const e of except) if (!taken.has(e) && !taken.has(fold(e))) throw new WordDataError(file, name, `except "${e}" is in none of its "from" lists, so it excepts nothing`);
  const own = readWords(file, name, list);
  for (const entry of own.entries) add(entry, own.langs.get(entry) ?? []);
  return { entries, langs };
}

/** Load and check one word file. Throws WordDataError on the first fault. */
export function loadWords(file: string, data: unknown): WordBook {
  if (!isRecord(data) || typeof data.about !== 'string' || !isRecord(data.lists)) throw new WordDataError(file, undefined, 'a word file has "about" and "lists"');
  const lists = new Map<string, LoadedList>();
  const rawLists = Object.entries(data.lists);
  // Lists that can be combined first: terms lists combine them wherever they are in the file.
  // Plain word lists first, then those taking words from them, then the terms
  // lists that combine either, wherever each stands in the file.
  const stage = (l: unknown): number => (!isRecord(l) ? 0 : l.match === 'terms' || l.match === 'patterns' ? 2 : l.from !== undefined ? 1 : 0);
  const order = [0, 1, 2].flatMap((k) => rawLists.filter(([, l]) => stage(l) === k));
  const usedParts = new Set<string>();
  for (const [name, raw] of order) {
    checkShape(file, name, raw);
    const { entries, langs } = raw.from === undefined ? readWords(file, name, raw) : derived(file, name, raw, lists);
    let patterns: string[] = [];
    if (raw.match === 'terms') {
      const strict = raw.typos === false;
      const make = built(file, name, raw, lists, usedParts);
      const except = new Set((raw.except ?? []).map(normalise));
      for (const e of except) if (!make.includes(e)) throw new WordDataError(file, name, `except "${e}" is not a built pattern, so it excepts nothing`);
      const seen = new Set<string>();
      for (const p of [...entries, ...make.filter((m) => !except.has(m))]) {
        const fault = patternFault(p);
        if (fault !== undefined) throw new WordDataError(file, name, fault);
        const pattern = strict ? p.split(' ').map((w) => (w.endsWith('!') ? w : `${w}!`)).join(' ') : p;
        const key = keyOf(pattern, 'terms');
        if (seen.has(key)) continue;
        seen.add(key);
        patterns.push(pattern);
      }
    }
    lists.set(name, { name, data: raw, entries, patterns, langs });
  }
  for (const list of lists.values()) {
    if (list.data.match === 'parts' && !usedParts.has(list.name)) throw new WordDataError(file, list.name, 'a parts list that no terms list combines is never used');
    if (list.data.match !== 'patterns') continue;
    const target = lists.get(list.data.of!);
    if (target === undefined || target.data.match !== 'terms') throw new WordDataError(file, list.name, `"of" names "${list.data.of}", which is not a terms list of this file`);
    for (const e of list.entries) if (!target.patterns.includes(e)) throw new WordDataError(file, list.name, `"${e}" is not a pattern of ${target.name}, so it can never be matched`);
  }
  const get = (name: string, modes: readonly MatchMode[]): LoadedList => {
    const list = lists.get(name);
    if (list === undefined) throw new WordDataError(file, name, 'no such list');
    if (!modes.includes(list.data.match)) throw new WordDataError(file, name, `is a ${list.data.match} list, not ${modes.join(' or ')}`);
    return list;
  };
  return {
    file,
    about: data.about,
    lists,
    terms: (...names) =>
      names.flatMap((n) => {
        const list = get(n, ['terms']);
        return list.patterns.map((pattern) => ({ pattern, tag: list.data.tag! }));
      }),
    compile(...names) {
      return compileTerms(this.terms(...names));
    },
    set: (name) => new Set(get(name, ['folded', 'as-written', 'patterns']).entries),
    list: (name) => get(name, ['folded', 'as-written']).entries,
  };
}
