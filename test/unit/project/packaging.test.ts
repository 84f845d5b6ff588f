import { afterAll, describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, createZip } from '../../../scripts/zip.ts';
import { firefoxManifest, GECKO_ID } from '../../../scripts/firefox-manifest.ts';

/** Read a zip back from its central directory: enough to prove the writer's output is well-formed. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = inflateRawSync(zip.subarray(dataStart, dataStart + size));
    expect(crc32(data)).toBe(zip.readUInt32LE(at + 16));
    files.set(name, data);
    at += 46 + nameLength;
  }
  return files;
}

describe('zip writer', () => {
  it('round-trips files, including UTF-8 names', () => {
    const entries = [
      { name: 'manifest.json', data: Buffer.from('{"name":"Varsom"}') },
      { name: '_locales/nb/messages.json', data: Buffer.from('{"x":{"message":"Rømskog"}}') },
      { name: 'icons/ø.txt', data: Buffer.alloc(5000, 7) },
    ];
    const files = readZip(createZip(entries));
    expect([...files.keys()].sort()).toEqual(entries.map((e) => e.name).sort());
    for (const e of entries) expect(files.get(e.name)!.equals(e.data)).toBe(true);
  });
  it('is reproducible', () => {
    const entries = [{ name: 'a', data: Buffer.from('same') }];
    expect(createZip(entries).equals(createZip(entries))).toBe(true);
  });
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});

describe('Firefox manifest', () => {
  const chrome = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../manifest.json'), 'utf8'));
  chrome.background = { service_worker: 'service-worker-loader.js', type: 'module' };
  const firefox = firefoxManifest(chrome);
  it('runs the background as an event page with the same script', () => {
    expect(firefox.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
  });
  it('has a gecko id and drops Chrome-only keys', () => {
    expect((firefox.browser_specific_settings as { gecko: { id: string } }).gecko.id).toBe(GECKO_ID);
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
  });
  it('keeps permissions exactly as in Chrome', () => {
    expect(firefox.permissions).toEqual(chrome.permissions);
    expect(firefox.host_permissions).toEqual(chrome.host_permissions);
  });
});

describe('build guard', async () => {
  const { noNetworkNoHtml } = await import('../../../scripts/vite-guard.ts');
  const run = (code: string) => {
    const bundle = { 'a.js': { type: 'chunk', code } } as unknown as Record<string, { type: 'chunk'; code: string }>;
    const errors: string[] = [];
    const hook = noNetworkNoHtml().generateBundle as unknown as (this: { error: (m: string) => void }, o: unknown, b: unknown) => void;
    hook.call({ error: (m: string) => errors.push(m) }, {}, bundle);
    return { code: bundle['a.js']!.code, errors };
  };
  it('cuts preact’s innerHTML branch and passes clean code', () => {
    const out = run('x;d?(s||f&&(d.__html==f.__html||d.__html==e.innerHTML)||(e.innerHTML=d.__html),t.__k=[]):y');
    expect(out.code).not.toContain('innerHTML');
    expect(out.errors).toEqual([]);
  });
  it.each(['fetch("https://x")', 'new XMLHttpRequest()', 'navigator.sendBeacon(u)', 'el.outerHTML = s', 'new WebSocket(u)'])('fails the build on %s', (code) => {
    expect(run(code).errors).toHaveLength(1);
  });
});

// The real `vite build` (crxjs, the content-script build, the guard), into a
// folder of its own so dist/, which the end-to-end tests load, is left alone.
describe('the extension build', () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  const out = mkdtempSync(path.join(tmpdir(), 'varsom-build-'));
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--emptyOutDir'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 120_000,
  });
  const log = `${run.stdout}\n${run.stderr}`;
  const built = (file: string) => readFileSync(path.join(out, file), 'utf8');
  const assets = run.status === 0 ? readdirSync(path.join(out, 'assets')).filter((f) => f.endsWith('.js')) : [];
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('succeeds and prints no warning', () => {
    expect(run.status, log).toBe(0);
    // Rolldown's option warnings, Vite's "(!)" chunk-size notice, any plugin's WARN line.
    expect(log.split('\n').filter((l) => /warn|\(!\)|deprecat|ignored/i.test(l))).toEqual([]);
  });
  it('lists the content script as one self-contained file, with nothing web-accessible', () => {
    const manifest = JSON.parse(built('manifest.json'));
    expect(manifest.content_scripts.map((s: { js: string[] }) => s.js)).toEqual([['src/content/index.js']]);
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    const script = built('src/content/index.js');
    expect(script).not.toMatch(/\bimport\s*\(|^\s*import\s|chrome\.runtime\.getURL/m);
  });
  it('carries the learned reader’s weights in the worker’s chunk only', () => {
    // The model file's own hash is a string nothing else contains.
    const hash = (JSON.parse(readFileSync(path.join(root, 'src/engine/model/weights.json'), 'utf8')) as { dataHash: string }).dataHash;
    const holders = [...assets.map((f) => `assets/${f}`), 'src/content/index.js'].filter((f) => built(f).includes(hash));
    expect(holders).toHaveLength(1);
    expect(built('service-worker-loader.js')).toContain(path.basename(holders[0]!));
    expect(existsSync(path.join(out, 'src/popup/index.html'))).toBe(true);
  });
});
