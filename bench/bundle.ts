// Bundle a benchmark entry the way the extension ships its code (one ES
// module, imports resolved) so timings are not skewed by the TypeScript
// loader's module wrappers (tsx turns every imported constant into a getter).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';

async function bundle(entry: string): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'varsom-bench-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: { entry: path.resolve(entry), formats: ['es'], fileName: 'bench' },
      rollupOptions: { external: [/^node:/] },
    },
  });
  return path.join(outDir, 'bench.js');
}

/** Bundles `entry` and runs it in a fresh Node process, its output shown as it comes. */
export async function runBundled(entry: string): Promise<void> {
  const file = await bundle(entry);
  const run = spawnSync(process.execPath, [file], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`${entry} exited with ${run.status ?? run.signal}`);
}
