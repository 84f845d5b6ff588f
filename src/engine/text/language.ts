import type { Lang } from '../types.ts';
import type { Token } from './tokenize.ts';

// Frequent words that tell the four languages apart (folded: no diacritics).
// Words shared by several languages ("er", "som", "i") are left out: they
// would only add noise. Counts decide; ties fall back to bokmål, the most
// common language among Varsom's users.
const MARKERS: Record<Lang, readonly string[]> = {
  nb: ['og', 'helt', 'også', 'ogsa', 'jeg', 'ikke', 'hva', 'hvor', 'hvordan', 'meg', 'deg', 'noen', 'mye', 'hvis', 'dette', 'skriver', 'mine', 'egne', 'jobber', 'bare', 'fra', 'kommunen', 'etter', 'veldig', 'mange', 'eller', 'hos', 'vil', 'blir', 'har', 'enn', 'her', 'hun'],
  nn: ['og', 'heilt', 'eg', 'ikkje', 'kva', 'kvar', 'korleis', 'meg', 'noko', 'nokon', 'mykje', 'dette', 'skriv', 'mine', 'eigne', 'jobbar', 'berre', 'frå', 'kommuna', 'etter', 'veldig', 'mange', 'eller', 'hjå', 'vil', 'blir', 'har', 'enn', 'her', 'ho', 'dei', 'me', 'vore', 'ein', 'eit', 'ei'],
  sv: ['jag', 'inte', 'vad', 'var', 'hur', 'mig', 'dig', 'nagon', 'mycket', 'om', 'detta', 'skriver', 'mina', 'egna', 'jobbar', 'bara', 'fran', 'kommunen', 'efter', 'valdigt', 'manga', 'eller', 'hos', 'vill', 'blir', 'har', 'an', 'har', 'hon', 'och', 'att', 'det', 'ar', 'pa', 'med', 'kan', 'ocksa', 'sjalv', 'dom'],
  en: ['the', 'and', 'not', 'what', 'where', 'how', 'me', 'you', 'some', 'much', 'if', 'this', 'write', 'my', 'own', 'work', 'just', 'from', 'after', 'very', 'many', 'or', 'will', 'is', 'are', 'have', 'than', 'here', 'she', 'he', 'we', 'our', 'of', 'to', 'it', 'was', 'be', 'with', 'im', 'youre', 'dont', 'today', 'thanks', 'please', 'on', 'that', 'so', 'get', 'got'],
};

// Several words appear in more than one list on purpose (e.g. "mange" in nb and
// nn); the distinctive ones decide. Build a reverse index once.
const INDEX = new Map<string, Lang[]>();
for (const [lang, words] of Object.entries(MARKERS) as [Lang, readonly string[]][]) {
  for (const w of new Set(words)) {
    const list = INDEX.get(w) ?? [];
    list.push(lang);
    INDEX.set(w, list);
  }
}

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
