// `npm run package`: clean builds for Chrome (Chrome Web Store, Edge Add-ons)
// and Firefox (addons.mozilla.org), zipped and versioned, with their sizes.
// `npm run build:firefox` stops after the Firefox folder (dist-firefox/).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { createZip, type ZipEntry } from './zip.ts';
import { firefoxManifest } from './firefox-manifest.ts';

const root = path.resolve(import.meta.dirname, '..');
// Its own Chrome build folder: packaging never disturbs dist/, which tests load.
const dist = path.join(root, 'packages', 'chrome');
const distFirefox = path.join(root, 'dist-firefox');
const out = path.join(root, 'packages');
const firefoxOnly = process.argv.includes('--firefox-only');

function filesOf(dir: string, base = dir): ZipEntry[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesOf(full, base);
    return [{ name: path.relative(base, full).split(path.sep).join('/'), data: readFileSync(full) }];
  });
}

function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

// A clean build every time: stale files must never reach a store.
rmSync(dist, { recursive: true, force: true });
await build({ root, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });

const chromeManifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
rmSync(distFirefox, { recursive: true, force: true });
cpSync(dist, distFirefox, { recursive: true });
writeFileSync(path.join(distFirefox, 'manifest.json'), `${JSON.stringify(firefoxManifest(chromeManifest), null, 2)}\n`);
console.log(`Firefox build: ${path.relative(root, distFirefox)}/`);
if (firefoxOnly) process.exit(0);

mkdirSync(out, { recursive: true });
const version = String(chromeManifest.version);
const packages = [
  { file: `varsom-${version}-chrome.zip`, dir: dist, store: 'Chrome Web Store, Edge Add-ons' },
  { file: `varsom-${version}-firefox.zip`, dir: distFirefox, store: 'addons.mozilla.org' },
];
for (const p of packages) {
  const entries = filesOf(p.dir);
  const zip = createZip(entries);
  writeFileSync(path.join(out, p.file), zip);
  const unpacked = entries.reduce((n, e) => n + e.data.length, 0);
  console.log(`${p.file.padEnd(28)} ${kB(zip.length).padStart(10)} (${entries.length} files, ${kB(unpacked)} unpacked) for ${p.store}`);
}
