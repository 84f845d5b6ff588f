// Two small guideline sets standing in for the built-in ones, so the page
// tests (popup, options) do not depend on the real documents' wording. Use
// them from a vi.mock factory (vi.mock is hoisted above the imports, so the
// helper is imported inside the factory):
//
//   vi.mock('../../src/guidelines/index.ts', async () => (await import('./helpers/mock-sets.ts')).mockGuidelinesModule());
//
// "testby" (nb, the default) has a point outside its checklist, a point
// without a summary and markup in a quote; "provby" (sv) has one point.
import type { GuidelinePoint, GuidelineSet } from '../../../src/engine/index.ts';

const point = (set: string, number: string, text: string, summary?: string): GuidelinePoint => ({
  id: `${set}-${number}`,
  number,
  text,
  summary,
  kinds: [],
});

export const MOCK_SETS: GuidelineSet[] = [
  {
    schemaVersion: 1,
    id: 'testby',
    name: 'Testby kommune',
    country: 'NO',
    language: 'nb',
    source: { title: 'Retningslinjer for Testby' },
    employer: { names: ['Testby kommune'], emailDomains: ['testby.kommune.no'] },
    points: [
      point('testby', '1', 'Presiser at du ytrer deg som privatperson.', 'Si at du skriver privat'),
      point('testby', '2', 'Punkt som ikke er i sjekklista.', 'Ikke i lista'),
      point('testby', '3', 'Husk taushetsplikten <b>alltid</b>.', 'Husk taushetsplikten'),
      point('testby', '4', 'Ikke bruk jobbadressen privat.'),
    ],
    checklist: ['testby-1', 'testby-3', 'testby-4'],
    disclaimers: { nb: 'Jeg skriver som privatperson.', en: 'I write as a private person.' },
  },
  {
    schemaVersion: 1,
    id: 'provby',
    name: 'Provby kommun',
    country: 'SE',
    language: 'sv',
    source: { title: 'Riktlinjer för Provby' },
    employer: { names: ['Provby kommun'], emailDomains: ['provby.se'] },
    points: [point('provby', 'A', 'Tänk på tystnadsplikten.', 'Tystnadsplikt')],
    checklist: ['provby-A'],
    disclaimers: { sv: 'Jag skriver privat.', en: 'I write privately.' },
  },
];

type GuidelinesModule = typeof import('../../../src/guidelines/index.ts');

/** What src/guidelines/index.ts exports, with MOCK_SETS as the built-in sets and "testby" as the default. */
export function mockGuidelinesModule(): Omit<GuidelinesModule, 'DEFAULT_SET_ID'> & { DEFAULT_SET_ID: string } {
  return {
    BUILTIN_SETS: MOCK_SETS,
    BUILTIN_SET_IDS: MOCK_SETS.map((s) => s.id),
    DEFAULT_SET_ID: 'testby',
    findBuiltinSet: (id: string) => MOCK_SETS.find((s) => s.id === id),
  };
}
