// The word lists: every file loads, each list's examples hold (the near
// misses beside the words, as Harper keeps a rule's tests with the rule), every
// list is read by the engine, and the loader refuses what could never match.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORD_BOOKS } from '../../../src/engine/words/index.ts';
import { LANGS } from '../../../src/engine/vocabulary.ts';
import { loadWords, WordDataError, type LoadedList, type WordBook } from '../../../src/engine/words/load.ts';
import { fold } from '../../../src/engine/text/fold.ts';
import { matchTerms } from '../../../src/engine/text/terms.ts';
import { tokenize } from '../../../src/engine/text/tokenize.ts';

const ENGINE = path.resolve(import.meta.dirname, '../../../src/engine');
const WORDS_DIR = path.join(ENGINE, 'words');

function engineSources(dir = ENGINE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return engineSources(p);
    return e.name.endsWith('.ts') ? [readFileSync(p, 'utf8')] : [];
  });
}

/** Does the list match this text (terms), or hold this word (single-word lists)? */
function hits(book: WordBook, list: LoadedList, text: string): boolean {
  switch (list.data.match) {
    case 'terms':
      return matchTerms(tokenize(text), book.compile(list.name)).length > 0;
    case 'folded':
      return book.set(list.name).has(fold(text));
    case 'as-written':
      return book.set(list.name).has(text.toLowerCase());
    default:
      return list.entries.includes(text.toLowerCase());
  }
}

describe('word files', () => {
  it('every JSON file in src/engine/words is loaded by words/index.ts', () => {
    const files = readdirSync(WORDS_DIR).filter((f) => f.endsWith('.json')).sort();
    expect(WORD_BOOKS.map((b) => b.file).sort()).toEqual(files);
  });

  const withExamples = WORD_BOOKS.flatMap((book) => [...book.lists.values()].filter((l) => l.data.examples !== undefined).map((list) => ({ book, list })));
  it.each(withExamples.map((e) => [`${e.book.file} › ${e.list.name}`, e] as const))('%s: its examples match and its near misses do not', (_, { book, list }) => {
    const ex = list.data.examples!;
    for (const text of ex.match ?? []) expect(hits(book, list, text), `${list.name} should match "${text}"`).toBe(true);
    for (const text of ex.miss ?? []) expect(hits(book, list, text), `${list.name} should not match "${text}"`).toBe(false);
  });

  /** Lists other lists take their words from: the lists that take them are the ones read and tested. */
  const sources = (b: WordBook): Set<string> => new Set([...b.lists.values()].flatMap((l) => l.data.from ?? []));

  it('every list that is matched has examples of both kinds', () => {
    const without = WORD_BOOKS.flatMap((b) =>
      [...b.lists.values()]
        .filter((l) => l.data.match !== 'parts' && l.data.match !== 'patterns' && !sources(b).has(l.name))
        .filter((l) => !(l.data.examples?.match?.length && l.data.examples?.miss?.length))
        .map((l) => `${b.file} › ${l.name}`),
    );
    expect(without).toEqual([]);
  });

  it('every list is read by the engine (by name, in its own file\'s book)', () => {
    const code = engineSources().join('\n');
    const unread = WORD_BOOKS.flatMap((b) =>
      [...b.lists.values()]
        .filter((l) => l.data.match !== 'parts' && !sources(b).has(l.name))
        .filter((l) => !code.includes(`'${l.name}'`) && !(b.file === 'service-talk.json'))
        .map((l) => `${b.file} › ${l.name}`),
    );
    expect(unread).toEqual([]);
  });

  it('has marker words for every draft language (language detection needs them)', () => {
    const markers = WORD_BOOKS.find((b) => b.file === 'language.json')!.lists.get('markers')!;
    for (const lang of LANGS) expect(markers.entries.filter((w) => markers.langs.get(w)!.includes(lang)).length, lang).toBeGreaterThan(20);
  });

  it('lists every word under at least one of the four languages', () => {
    for (const book of WORD_BOOKS) {
      for (const list of book.lists.values()) {
        for (const entry of list.entries) expect(list.langs.get(entry)?.length ?? 0, `${book.file} › ${list.name} › ${entry}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('the loader', () => {
  const file = (lists: Record<string, unknown>): unknown => ({ about: 'test', lists });
  const refused = (lists: Record<string, unknown>): string => {
    try {
      loadWords('test.json', file(lists));
    } catch (e) {
      expect(e).toBeInstanceOf(WordDataError);
      return (e as Error).message;
    }
    throw new Error('loaded, but should have been refused');
  };
  const terms = (words: Record<string, string[]>, more: Record<string, unknown> = {}): unknown => ({ about: 'a', match: 'terms', tag: 't', words, ...more });

  it('folds, merges languages and keeps each entry once', () => {
    const book = loadWords('test.json', file({ w: { about: 'a', match: 'folded', words: { nb: ['På', 'og'], nn: ['og', 'frå'] } } }));
    expect([...book.set('w')]).toEqual(['pa', 'og', 'fra']);
    expect(book.lists.get('w')!.langs.get('og')).toEqual(['nb', 'nn']);
  });

  it('refuses a twin the matcher folds, naming both', () => {
    expect(refused({ w: terms({ nb: ['på jobb', 'pa jobb'] }) })).toMatch(/"pa jobb" is the same entry as "på jobb"/);
  });

  it('refuses a character that splits words in a draft', () => {
    expect(refused({ w: terms({ nb: ['tt-kort*'] }) })).toMatch(/test\.json › w: nb: .*tt-kort.*can never match/);
    expect(refused({ w: { about: 'a', match: 'folded', words: { sv: ['två ord'] } } })).toMatch(/not one word/);
  });

  it('lower-cases every entry, and folds none in a list compared as written', () => {
    const book = loadWords('test.json', file({ w: { about: 'a', match: 'as-written', words: { nb: ['Vår', 'var'] } } }));
    expect([...book.set('w')]).toEqual(['vår', 'var']);
  });

  it('refuses a short prefix, an empty word and an unknown language', () => {
    expect(refused({ w: terms({ en: ['ab*'] }) })).toMatch(/three letters/);
    expect(refused({ w: terms({ en: ['a * b'] }) })).toMatch(/empty word/);
    expect(refused({ w: terms({ da: ['hej'] }) })).toMatch(/"da" is not a language/);
  });

  it('refuses an exception that excepts nothing and a part no list uses', () => {
    const parts = { about: 'a', match: 'parts', words: { nb: ['jobber som'] } };
    const job = { about: 'a', match: 'parts', words: { nb: ['lærer', 'rektor'] } };
    expect(refused({ f: parts, j: job, w: terms({}, { combine: [['@f', '@j']], except: ['jobber som kokk'] }) })).toMatch(/excepts nothing/);
    expect(refused({ f: parts, j: job, w: terms({ nb: ['x'] }) })).toMatch(/never used/);
  });

  it('builds patterns from parts, appends, and takes no typos where told', () => {
    const book = loadWords(
      'test.json',
      file({
        f: { about: 'a', match: 'parts', words: { nb: ['jobber som'], en: ['work as a'] } },
        j: { about: 'a', match: 'parts', words: { nb: ['lærer'], en: ['teacher'] } },
        w: terms({}, { combine: [['@f', '@j']], except: ['work as a lærer*'], append: '*' }),
        x: terms({ nb: ['sønnen min'] }, { typos: false }),
      }),
    );
    expect(book.terms('w').map((t) => t.pattern)).toEqual(['jobber som lærer*', 'jobber som teacher*', 'work as a teacher*']);
    expect(book.terms('x')[0]!.pattern).toBe('sønnen! min!');
  });

  it('takes the words of other lists, less the exceptions, folding where the list folds', () => {
    const book = loadWords(
      'test.json',
      file({
        my: { about: 'a', match: 'as-written', words: { nb: ['min', 'mi'], sv: ['mina'], en: ['my'] } },
        our: { about: 'a', match: 'as-written', words: { nb: ['vår', 'våre'], sv: ['våra'], en: ['our'] } },
        before: { about: 'a', match: 'as-written', from: ['my', 'our'], except: ['mina'] },
        ours: { about: 'a', match: 'folded', from: ['our'], except: ['our'], words: { en: ['ours'] } },
      }),
    );
    expect([...book.set('before')]).toEqual(['min', 'mi', 'my', 'vår', 'våre', 'våra', 'our']);
    expect([...book.set('ours')]).toEqual(['var', 'vare', 'vara', 'ours']);
    expect(book.lists.get('before')!.langs.get('våra')).toEqual(['sv']);
    expect(refused({ my: { about: 'a', match: 'as-written', words: { nb: ['min'] } }, x: { about: 'a', match: 'as-written', from: ['my'], except: ['din'] } })).toMatch(/excepts nothing/);
    expect(refused({ x: { about: 'a', match: 'as-written', from: ['nothing'] } })).toMatch(/not a plain folded or as-written list/);
  });

  it('refuses a pattern subset naming a pattern its list does not have', () => {
    expect(refused({ r: terms({ nb: ['iop'] }), o: { about: 'a', match: 'patterns', of: 'r', words: { nb: ['iep'] } } })).toMatch(/not a pattern of r/);
  });

  it('refuses unknown fields, a missing about and terms options on other lists', () => {
    expect(refused({ w: { about: 'a', match: 'folded', words: { nb: ['x'] }, colour: 'red' } })).toMatch(/unknown field "colour"/);
    expect(refused({ w: { match: 'folded', words: { nb: ['x'] } } })).toMatch(/"about"/);
    expect(refused({ w: { about: 'a', match: 'folded', tag: 't', words: { nb: ['x'] } } })).toMatch(/terms lists only/);
  });
});
