// Writes test/corpus/train/plan.json: the writing jobs handed to the corpus
// writers (persona x language x site x length), spread so the whole corpus
// lands near nb 40 / nn 10 / sv 30 / en 20 and covers every site and surface.
// Deterministic: the same plan every run. Run: `npm run corpus:plan`.
import { writeFileSync } from 'node:fs';
import { SITES, type Lang } from '../../src/engine/vocabulary.ts';

const WRITERS = 6;
const BATCHES_PER_WRITER = 21;
const PER_BATCH = 50;

const personas = [
  'teacher (barneskole/ungdomsskole / grundskola)',
  'nurse in municipal health care (sykehjem, helsestasjon / äldreboende, vårdcentral-like municipal care)',
  'home care worker (hjemmetjenesten / hemtjänsten)',
  'NAV / social services caseworker (NAV-kontor, sosialtjeneste / socialtjänsten, försörjningsstöd)',
  'child welfare worker (barnevernet / socialtjänstens barn- och ungdomsenhet)',
  'kindergarten staff (barnehage / förskola)',
  'technical services (vei, vann og avløp, byggesak / tekniska kontoret, bygglov)',
  'council clerk / front desk (servicetorg, sentralbord, arkiv / kommunkansliet, diarium)',
  'politician: part-time council member who is also employed by the municipality in some unit',
  'citizen who does NOT work in the service they write about (uses services, reads news, has cases of their own)',
  'parent who does NOT work at their child\'s school or kindergarten (but is employed elsewhere in the municipality)',
  'care-home staff / healthcare assistant (helsefagarbeider, undersköterska)',
  'school assistant / special-needs teacher (assistent, spesialpedagog / elevassistent, specialpedagog)',
];
// 126 batches: nb 50, nn 13, sv 38, en 25
const langs: Lang[] = [...Array<Lang>(50).fill('nb'), ...Array<Lang>(13).fill('nn'), ...Array<Lang>(38).fill('sv'), ...Array<Lang>(25).fill('en')];
// The sites Varsom works on, in the options page's order (the plan's rotation follows it).
const sites = SITES;
const lengths = [
  'short: one line, 15-140 characters',
  'medium: 140-450 characters',
  'mixed: mostly 60-400 characters, about 1 in 8 between 600 and 1,200',
  'long: 450-1,100 characters, and 5 of the 50 between 1,200 and 2,000',
];
const focuses = [
  'balanced: about half harmless (many hard near-misses), the rest spread over work_no_disclaimer, confidential, contact_client',
  'near-miss heavy: 60% harmless drafts that look risky at first sight (see the near-miss list), 40% positives',
  'situations the rules miss: positives that never use the obvious words (no "taushetsplikt", no "kommunen"), told as stories; 45% harmless',
  'direct messages and comments heavy: 70% dm/comment, contact with pupils/parents/clients/relatives vs friends and colleagues; 45% harmless',
  'disclaimers: half the work posts carry a disclaimer in varied, dialectal, misspelt, hashtag or signature form, some negated or ironic; 45% harmless',
];
const sets: Record<Lang, string[]> = { nb: ['romskog', 'ringebu', 'utsira'], nn: ['ringebu', 'utsira', 'romskog'], sv: ['norsjo'], en: ['ringebu', 'norsjo', 'utsira', 'romskog'] };

// A fixed shuffle so each writer gets a spread of languages.
let seed = 20261203;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const order = langs.map((l, i) => [rand(), l, i] as const).sort((a, b) => a[0] - b[0]).map((x) => x[1]);

const batches = order.map((lang, i) => ({
  batch: i + 1,
  writer: (i % WRITERS) + 1,
  file: `w${(i % WRITERS) + 1}-b${String(i + 1).padStart(3, '0')}.jsonl`,
  idPrefix: `tr${String(i + 1).padStart(3, '0')}-`,
  count: PER_BATCH,
  lang,
  persona: personas[i % personas.length]!,
  site: sites[Math.floor(i / 2) % sites.length]!,
  sets: sets[lang],
  length: lengths[Math.floor(i / 3) % lengths.length]!,
  focus: focuses[Math.floor(i / 5) % focuses.length]!,
}));
if (batches.length !== WRITERS * BATCHES_PER_WRITER) throw new Error('plan size');

// A seventh writer joined once the relabelling helper was done, an eighth
// once the first writer was: 21 more batches each in the same language mix
// (nb 8, nn 2, sv 7, en 4), numbered on.
const extraLangs: Lang[] = ['nb', 'sv', 'en', 'nb', 'sv', 'nb', 'nn', 'sv', 'en', 'nb', 'sv', 'nb', 'en', 'sv', 'nb', 'nn', 'sv', 'nb', 'en', 'sv', 'nb'];
for (const writer of [7, 8]) extraLangs.forEach((lang, j) => {
  const i = batches.length;
  const k = j + (writer - 7) * 7;
  batches.push({
    batch: i + 1,
    writer,
    file: `w${writer}-b${String(i + 1).padStart(3, '0')}.jsonl`,
    idPrefix: `tr${String(i + 1).padStart(3, '0')}-`,
    count: PER_BATCH,
    lang,
    persona: personas[(k * 5 + 3) % personas.length]!,
    site: sites[k % sites.length]!,
    sets: sets[lang],
    length: lengths[(k + 1) % lengths.length]!,
    focus: focuses[(k + 2) % focuses.length]!,
  });
});
writeFileSync(new URL('../../test/corpus/train/plan.json', import.meta.url), JSON.stringify(batches, null, 1) + '\n');
console.log(`${batches.length} batches, ${batches.length * PER_BATCH} drafts`);
