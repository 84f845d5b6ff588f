// What the extension weighs: the built package compressed as a store upload
// is, the learned reader's share of it, and the content script that every
// page of the sites loads. Prints figures; asserts nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';

const DIST = 'dist';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

export function printSizes(): void {
  const all = files(DIST);
  const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  let raw = 0;
  let packed = 0;
  for (const f of all) {
    const bytes = readFileSync(f);
    raw += bytes.length;
    packed += deflateRawSync(bytes, { level: 9 }).length;
  }
  const weights = JSON.parse(readFileSync('src/engine/model/weights.json', 'utf8')) as { kinds: Record<string, { weights: string }> };
  const modelText = Object.values(weights.kinds).map((k) => k.weights).join('');
  const modelPacked = deflateRawSync(Buffer.from(modelText), { level: 9 }).length;
  const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const content = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  console.log(`Package (dist/, ${all.length} files): ${kB(raw)} unpacked, about ${kB(packed)} zipped`);
  console.log(`  learned reader's weights: ${kB(modelText.length)} as base64 in the worker, about ${kB(modelPacked)} zipped (${((modelPacked / packed) * 100).toFixed(0)}% of the package)`);
  for (const c of content) {
    const bytes = readFileSync(path.join(DIST, c));
    console.log(`  content script ${c}: ${kB(bytes.length)}, ${kB(gzipSync(bytes, { level: 9 }).length)} gzipped`);
  }
}
