// `npm run bench`: the engine figures, then (when the extension is built and
// Chromium is here) the keystroke-to-nudge latency in real Chromium.
import { existsSync } from 'node:fs';
import { runBundled } from './bundle.ts';

await runBundled('bench/engine.ts');

if (existsSync('dist/manifest.json') && existsSync('/usr/bin/chromium') && existsSync('bench/nudge-latency.ts')) {
  console.log('');
  await import('./nudge-latency.ts');
} else {
  console.log('\n(Skipping the Chromium latency benchmark: run `npm run build` first; it needs /usr/bin/chromium.)');
}
