// The engine's fast paths must not change what it finds: the table-driven
// tokenizer agrees with a plain reference reading of the same rules; the word
// memory (hits per folded word) gives the same matches cold and warm, stays
// bounded, and forgetWords() empties it; terms whose second word may carry a
// typo are still found through the second word's head.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { fold } from '../../../src/engine/text/fold.ts';
import { compileTerms, forgetWords, matchTerms, rememberedWords, withinOneEdit } from '../../../src/engine/text/terms.ts';
import { tokenize } from '../../../src/engine/text/tokenize.ts';
import { testContext } from '../helpers/context.ts';

/** The tokenizer's rules, read the slow and obvious way. */
type Reference = { start: number; end: number; norm: string; lower: string; numeric: boolean; capitalised: boolean };
function referenceTokens(text: string): Reference[] {
  const out: Reference[] = [];
  const word = /[\p{L}\p{M}\p{N}\p{Cf}'’]+/gu;
  for (const m of text.matchAll(word)) {
    let start = m.index;
    let raw = m[0];
    while (raw.length > 0 && (raw[0] === "'" || raw[0] === '’')) {
      raw = raw.slice(1);
      start++;
    }
    while (raw.length > 0 && (raw.endsWith("'") || raw.endsWith('’'))) raw = raw.slice(0, -1);
    const norm = fold(raw);
    if (norm.length === 0) continue;
    const first = raw[0]!;
    out.push({
      start,
      end: start + raw.length,
      norm,
      lower: raw.toLowerCase(),
      numeric: /^\p{N}+$/u.test(norm),
      capitalised: first !== first.toLowerCase() && first === first.toUpperCase(),
    });
  }
  return out;
}

const pieces = fc.constantFrom(
  'Kommunen', 'kommunen', 'KOMMUNEN', 'Rømskog', 'Norsjö', 'ÆØÅ', 'å', 'ÄÖ', "kommune's", "'sitat'", '’quote’', 'l’école', "''", '’',
  '123', '٣٤٥', '12a', 'x\u0301', '\u200d', '\u00ad', '👩‍👩‍👧', '🎉', '\u{1D400}bc', 'مرحبا', '#hashtag', '@handle', ' ', '\n', '.', ', ', '-',
  '\ud800', '\udc00', 'İstanbul', 'ǅemal', 'ß', 'Ωmega',
);
const text = fc.oneof(fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 60 }));

describe('tokenize, against a reference reading of its rules', () => {
  it('gives the same words, offsets, folding, digits and capitals on any input', () => {
    fc.assert(
      fc.property(text, (t) => {
        const got = tokenize(t).map(({ start, end, norm, lower, numeric, capitalised }) => ({ start, end, norm, lower, numeric, capitalised }));
        expect(got).toEqual(referenceTokens(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('marks plain ASCII words, and only those', () => {
    expect(tokenize('Kommunen på jobb 😀 naïve').map((t) => [t.raw, t.ascii])).toEqual([
      ['Kommunen', true],
      ['på', false],
      ['jobb', true],
      ['naïve', false],
    ]);
  });
});

describe('the word memory', () => {
  const lexicon = () =>
    compileTerms([
      { pattern: 'kommun*', tag: 'prefix' },
      { pattern: '*tjeneste*', tag: 'infix' },
      { pattern: 'på jobb', tag: 'phrase' },
      { pattern: 'som privatperson', tag: 'typo-second' },
      { pattern: 'taushetsplikt', tag: 'exact' },
    ]);

  it('finds the same with a cold and a warm memory', () => {
    fc.assert(
      fc.property(text, (t) => {
        const tokens = tokenize(t);
        const cold = matchTerms(tokens, lexicon());
        const shared = lexicon();
        matchTerms(tokens, shared);
        expect(matchTerms(tokens, shared)).toEqual(cold.map((m) => ({ ...m, lexicon: shared })));
      }),
      { numRuns: 500 },
    );
  });

  it('stays bounded on a stream of new words, and forgetWords() empties it', () => {
    const terms = lexicon();
    const words = Array.from({ length: 30_000 }, (_, i) => `ord${i.toString(36)}`).join(' ');
    matchTerms(tokenize(words), terms);
    expect(terms.hits.size).toBeGreaterThan(0);
    expect(terms.hits.size).toBeLessThanOrEqual(20_000);
    forgetWords();
    expect(terms.hits.size, 'forgotten at once, not at the next analysis').toBe(0);
    expect(rememberedWords()).toBe(0);
    expect(matchTerms(tokenize('kommunen'), terms).map((m) => m.tag)).toEqual(['prefix']);
    expect(terms.hits.size).toBe(1);
  });

  it('finds a phrase whose second word has a typo, through the second word’s head', () => {
    const tags = (t: string) => matchTerms(tokenize(t), lexicon()).map((m) => m.tag);
    expect(tags('Jeg skriver som privatpreson')).toEqual(['typo-second']);
    expect(tags('som privatpersonn')).toEqual(['typo-second']);
    expect(tags('som private')).toEqual([]);
  });

  it('leaves analyze() unchanged when the memory is cleared between drafts', () => {
    const ctx = testContext();
    const drafts = [
      'Kommunen har kuttet i hjemmetjenesten igjen, og vi på jobben merker det.',
      'Eleven i 5B har spesialundervisning, saksnr 23/1234.',
      'Jeg skriver som privatperson: kommunen må tenke om.',
    ];
    for (const d of drafts) {
      const warm = analyze({ text: d, site: 'facebook', surface: 'post' }, ctx);
      forgetWords();
      expect(analyze({ text: d, site: 'facebook', surface: 'post' }, ctx)).toEqual(warm);
    }
    expect(analyze({ text: drafts[2]!, site: 'facebook', surface: 'post' }, ctx)).toEqual([]);
  });
});

/** Optimal-string-alignment distance (edits plus swaps of neighbours), the textbook table. */
function osaDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('withinOneEdit, against the textbook distance', () => {
  it('agrees on words from a small alphabet (where near misses are common)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'k', 'o', 'm'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(withinOneEdit(a, b)).toBe(osaDistance(a, b) <= 1);
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees on a word and its one-edit variants', () => {
    const edited = fc.tuple(fc.string({ unit: fc.constantFrom('k', 'o', 'm', 'u', 'n', 'e'), minLength: 1, maxLength: 12 }), fc.nat(), fc.constantFrom('drop', 'add', 'change', 'swap'));
    fc.assert(
      fc.property(edited, ([w, at, how]) => {
        const i = at % w.length;
        const v =
          how === 'drop' ? w.slice(0, i) + w.slice(i + 1)
          : how === 'add' ? `${w.slice(0, i)}x${w.slice(i)}`
          : how === 'change' ? `${w.slice(0, i)}x${w.slice(i + 1)}`
          : `${w.slice(0, i)}${w[i + 1] ?? ''}${w[i]}${w.slice(i + 2)}`;
        expect(withinOneEdit(w, v)).toBe(osaDistance(w, v) <= 1);
        expect(withinOneEdit(v, w)).toBe(osaDistance(v, w) <= 1);
      }),
      { numRuns: 3000 },
    );
  });
});
