// `npm run bench`: the engine figures (learned reader included), then, when
// the extension is built, its sizes and (with Chromium here) the worker's cold
// start and the keystroke-to-nudge latency in real Chromium.
import { existsSync } from 'node:fs';
import { runBundled } from './bundle.ts';

await runBundled('bench/engine.ts');

if (existsSync('dist/manifest.json')) {
  console.log('');
  const { printSizes } = await import('./sizes.ts');
  printSizes();
}

if (existsSync('dist/manifest.json') && existsSync('/usr/bin/chromium') && existsSync('bench/nudge-latency.ts')) {
  console.log('');
  await import('./cold-start.ts');
  console.log('');
  await import('./nudge-latency.ts');
} else {
  console.log('\n(Skipping the Chromium latency benchmark: run `npm run build` first; it needs /usr/bin/chromium.)');
}
