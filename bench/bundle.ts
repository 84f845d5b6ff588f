// Bundle a benchmark entry the way the extension ships its code (one ES
// module, imports resolved) so timings are not skewed by the TypeScript
// loader's module wrappers (tsx turns every imported constant into a getter).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

export async function importBundled<T>(entry: string): Promise<T> {
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
  return (await import(pathToFileURL(path.join(outDir, 'bench.js')).href)) as T;
}
