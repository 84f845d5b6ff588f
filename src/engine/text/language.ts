import type { Lang } from '../types.ts';
import type { Token } from './tokenize.ts';
import { LANGUAGE_WORDS } from '../words/index.ts';

// The marker words of each language are data (../words/language.json):
// counts decide; ties fall back to bokmål, the most common language among
// Varsom's users. A word listed under several languages counts for each, less.
const INDEX = new Map<string, readonly Lang[]>();
const MARKERS = LANGUAGE_WORDS.lists.get('markers')!;
for (const word of MARKERS.entries) INDEX.set(word, MARKERS.langs.get(word)!);

/** Per-language marker counts: useful on its own for mixed drafts. */
// Letters only one side of the border uses: æ and ø are Norwegian, ä and ö
// Swedish. Folding removes them from `norm`, so they are read from the word
// as written.
const NORWEGIAN_LETTERS = /[æøÆØ]/;
const SWEDISH_LETTERS = /[äöÄÖ]/;

export function languageScores(tokens: readonly Token[]): Record<Lang, number> {
  const scores: Record<Lang, number> = { nb: 0, nn: 0, sv: 0, en: 0 };
  for (const t of tokens) {
    // Plain ASCII words have none of these letters: no test needed.
    if (!t.ascii && NORWEGIAN_LETTERS.test(t.raw)) {
      scores.nb += 0.5;
      scores.nn += 0.5;
    } else if (!t.ascii && SWEDISH_LETTERS.test(t.raw)) {
      scores.sv += 1;
    }
    const langs = INDEX.get(t.norm);
    if (langs === undefined) continue;
    // A word that belongs to one language only counts more than a shared one.
    const weight = 1 / langs.length;
    for (const l of langs) scores[l] += weight;
  }
  return scores;
}

export function detectLanguage(tokens: readonly Token[]): Lang {
  const scores = languageScores(tokens);
  let best: Lang = 'nb';
  for (const l of ['nn', 'sv', 'en'] as const) if (scores[l] > scores[best]) best = l;
  return best;
}
