// The worker's first answer after Chrome stopped it: a cold start that loads
// the worker, reads the settings and decodes the learned reader's model
// before it can analyse. Real Chromium with the built extension (dist/);
// timed on the clock of the extension's own page that asks. Prints figures;
// asserts nothing. Run: `npx tsx bench/cold-start.ts` (also in `npm run bench`).
import { existsSync } from 'node:fs';
import { Harness } from '../test/e2e/harness/extension.ts';
import { CHROMIUM, DIST } from '../test/e2e/harness/paths.ts';

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 25);
const DRAFT = {
  type: 'analyze',
  draft: {
    text: 'Mora di hadde en urolig natt på avdelinga, vi ga henne ekstra medisin klokka tre. Ring meg gjerne i morgen.',
    site: 'facebook',
    surface: 'dm',
    recipient: 'Kari Holm',
  },
};

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

async function main(): Promise<void> {
  if (!existsSync(`${DIST}/manifest.json`) || !existsSync(CHROMIUM)) {
    console.log('cold-start: needs dist/ (npm run build) and Chromium; skipped.');
    return;
  }
  const h = await Harness.launch({ settings: { setId: 'ringebu' } });
  try {
    const cold: number[] = [];
    const warm: number[] = [];
    let kinds = '';
    for (let i = 0; i < RUNS; i++) {
      await h.stopWorker();
      const first = await h.timeWorkerAnswer(DRAFT);
      cold.push(first.ms);
      warm.push((await h.timeWorkerAnswer(DRAFT)).ms);
      kinds = ((first.answer as { findings?: { kind: string }[] }).findings ?? []).map((f) => f.kind).join(' ');
    }
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    console.log(`Worker answer in Chromium, ${RUNS} runs (findings: ${kinds || 'none'}):`);
    console.log(`  cold (worker stopped first): median ${ms(percentile(cold, 50))}  p95 ${ms(percentile(cold, 95))}  max ${ms(Math.max(...cold))}`);
    console.log(`  warm (same worker again):    median ${ms(percentile(warm, 50))}  p95 ${ms(percentile(warm, 95))}`);
  } finally {
    await h.close();
  }
}

await main();
