// Engine timing: median time per draft at 1 kB, 10 kB and 63 kB (Facebook's
// post limit), the cost per kB to show it grows linearly, and the worst case
// on hostile input. Prints figures; asserts nothing.
//
// `npm run bench` bundles this file with the engine (as the extension ships
// it: one module, no TypeScript loader) and runs it in a fresh Node process,
// away from the bundler's own threads, as the engine runs alone in the worker.
import { type AnalysisContext, analyze, DETECTORS, type Surface } from '../src/engine/index.ts';
import { forgetWords } from '../src/engine/text/terms.ts';
import { findBuiltinSet } from '../src/guidelines/index.ts';

let ctx: AnalysisContext;

// A realistic mix: work talk, a case number, an ID number, Swedish, English,
// emoji and hashtags, ordinary chatter.
const SENTENCES = [
  'Kommunen har vedtatt nye kutt i hjemmetjenesten, og vi på jobben merker det hver dag.',
  'Deilig tur i fjellet med familien i helgen ⛰️ #ringebu #friluftsliv',
  'Hei! Husk å levere leksene dine i morgen, og ta med gymtøy.',
  'Eleven i 5B med spesialundervisning trenger mer hjelp, saksnr 23/1234 er fortsatt ikke behandlet.',
  'Jag skriver som privatperson: kommunen borde satsa mer på äldreomsorgen.',
  'Great day with my colleagues at the nursing home today 🎉',
  'Fødselsnummeret hans er 13097248022, kan du sjekke det?',
  'Ring meg på 912 34 567 etter kl 16, eller send en mail.',
  'Eg skriv dette som privatperson, men kommuna må tenkje om att når det gjeld skulen.',
];

function draftOf(bytes: number): string {
  let text = '';
  for (let i = 0; text.length < bytes; i++) text += `${SENTENCES[i % SENTENCES.length]} `;
  return text.slice(0, bytes);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Times of one analysis, `runs` times. `firstSight`: the engine's word memory
 * is cleared before every run, as for a draft whose words it has never seen;
 * otherwise the draft is analysed again and again, as while it is typed.
 */
function samplesOf(text: string, runs: number, firstSight = false, surface: Surface = 'post'): number[] {
  // Warm-up for half a second, so the JIT has compiled the hot paths as it
  // has in a worker that has been analysing drafts for a while.
  for (const until = performance.now() + 500; performance.now() < until; ) analyze({ text, site: 'facebook', surface }, ctx);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (firstSight) forgetWords();
    const t0 = performance.now();
    analyze({ text, site: 'facebook', surface }, ctx);
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** Times of `run`, warmed up first as samplesOf does. */
function timed(run: () => void, runs: number): number[] {
  for (const until = performance.now() + 500; performance.now() < until; ) run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** Median time of one analysis (see samplesOf). */
function time(text: string, runs: number, firstSight = false, surface: Surface = 'post'): number {
  return median(samplesOf(text, runs, firstSight, surface));
}

/**
 * Fastest time of one analysis: for the growth ratio, where the question is
 * what the work costs, not how often the collector or a neighbour interrupts.
 */
function fastest(text: string, runs: number, surface: Surface = 'post'): number {
  return Math.min(...samplesOf(text, runs, false, surface));
}

function runEngineBench(): void {
  const set = findBuiltinSet('ringebu');
  if (!set) throw new Error('built-in set "ringebu" missing');
  ctx = {
    set,
    profile: { workplaces: ['Ringebu ungdomsskole', 'hjemmetjenesten'], peopleFromWork: ['Ola Nordmann', 'Sara Lind'], disclaimers: {} },
  };

  console.log('Engine: median time per draft (realistic mixed text)');
  console.log('  "typing": the same draft again, as on every pause while it is written');
  console.log('  "first sight": every word new to the engine\'s word memory');
  console.log('  size        typing ms   per kB   first sight ms   per kB');
  for (const [label, bytes, runs] of [['1 kB', 1024, 400], ['10 kB', 10 * 1024, 100], ['63 kB', 63 * 1024, 30]] as const) {
    const text = draftOf(bytes);
    const kb = bytes / 1024;
    const typing = time(text, runs);
    const cold = time(text, runs, true);
    console.log(
      `  ${label.padEnd(8)} ${typing.toFixed(3).padStart(12)} ${(typing / kb).toFixed(3).padStart(8)} ${cold.toFixed(3).padStart(16)} ${(cold / kb).toFixed(3).padStart(8)}`,
    );
  }
  console.log('  target: 0.2 ms for a 1 kB draft with the rules alone, 0.5 ms with the learned reader');

  // The learned reader's own share: the same drafts with the rules alone.
  console.log('\nEngine: rules alone vs rules + learned reader, typing, median ms per draft');
  for (const [label, bytes, runs] of [['1 kB', 1024, 400], ['10 kB', 10 * 1024, 100], ['63 kB', 63 * 1024, 30]] as const) {
    const text = draftOf(bytes);
    const both = time(text, runs);
    const rules = median(timed(() => analyze({ text, site: 'facebook', surface: 'post' }, ctx, DETECTORS, null), runs));
    console.log(`  ${label.padEnd(8)} rules ${rules.toFixed(3).padStart(8)}   rules + reader ${both.toFixed(3).padStart(8)}   reader ${(both - rules).toFixed(3).padStart(7)} (${((both - rules) / (bytes / 1024)).toFixed(3)} per kB)`);
  }

  console.log('\nEngine: hostile input, 100 000 characters each (median of 5)');
  const hostile: [string, string][] = [
    ['digits', '1'.repeat(100_000)],
    ['digit groups', '123456 12345 '.repeat(7_700)],
    ['separators', '-+ .'.repeat(25_000)],
    ['combining marks', `a${'\u0301'.repeat(99_999)}`],
    ['zero-width joiners', 'k\u200Do\u200Dm'.repeat(20_000)],
    ['RTL text', 'مرحبا بالعالم '.repeat(7_200)],
    ['emoji', '👩‍👩‍👧‍👦🎉'.repeat(8_000)],
    ['one long word', 'kommune'.repeat(14_300)],
    ['work words', 'kommunen skolen kollega '.repeat(4_200)],
    ['at signs', 'a@b.'.repeat(25_000)],
  ];
  let worst = 0;
  for (const [label, text] of hostile) {
    const ms = time(text.slice(0, 100_000), 5);
    worst = Math.max(worst, ms);
    console.log(`  ${label.padEnd(20)} ${ms.toFixed(2).padStart(9)} ms`);
  }
  console.log(`  worst case: ${worst.toFixed(2)} ms`);

  // Growth on dense input: the cost per repeat of a dense unit stays flat as
  // the text grows 16-fold when the work is linear (quadratic would grow 16×).
  console.log('\nEngine: growth on dense input, µs per repeat of the unit (fastest of 5) at 250 / 1000 / 4000 repeats');
  const dense: [string, string, Surface?][] = [
    ['people, sensitive words, IDs', 'Eleven min i 5B har ADHD, Kari Hansen fikk sosialhjelp hos oss, saksnr 23/1234, fnr 13097248022. '],
    ['ID-like digit groups', '010203 123 45 12-34 1.2.3 +46 7 '],
    ['work words', 'Kommunen kutter i skolen, kollegaene mine på jobb er lei. '],
    ['people, in a direct message', 'Eleven min i 5B har ADHD, Kari Hansen fikk sosialhjelp hos oss, saksnr 23/1234, fnr 13097248022. ', 'dm'],
    ['service talk, direct message', 'Husk matteprøven på fredag, jeg må flytte hjemmebesøket ditt, faren din sov i natt, du kan klage på avslaget. ', 'dm'],
  ];
  for (const [label, unit, surface] of dense) {
    const perRepeat = [250, 1000, 4000].map((n) => (fastest(unit.repeat(n), 5, surface) / n) * 1000);
    const growth = Math.max(...perRepeat) / Math.min(...perRepeat);
    console.log(`  ${label.padEnd(32)} ${perRepeat.map((us) => us.toFixed(1).padStart(6)).join(' ')}   (spread ${growth.toFixed(1)}×)`);
  }
}

runEngineBench();
