// Browser policy for the managed-settings e2e test. Chromium on Linux reads
// mandatory policy from JSON files in /etc/chromium/policies/managed/ at
// start-up; an extension's own policy ("3rdparty") sits under its id:
//
//   { "3rdparty": { "extensions": { "<extension id>": { "setId": "norsjo", "lockSet": true } } } }
//
// An unpacked extension's id is derived from the absolute path it is loaded
// from (or from the manifest's "key" when there is one), so the id can be
// computed before the browser starts. Writing there needs root; without it
// the managed tests skip and say why.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './harness/paths.ts';

export const POLICY_DIR = process.env.VARSOM_POLICY_DIR ?? '/etc/chromium/policies/managed';
/** Every file this test writes starts with this, so a crashed run's leftovers can be recognised and removed. */
const PREFIX = 'varsom-e2e-';

/** Chrome's id alphabet: the first 32 hex digits of a SHA-256, each mapped 0–f → a–p. */
function idFromDigest(hex: string): string {
  return [...hex.slice(0, 32)].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/** The id Chromium gives the extension loaded from `dist`. */
export function extensionIdFor(dist: string = DIST): string {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { key?: string };
  if (typeof manifest.key === 'string') {
    return idFromDigest(createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex'));
  }
  return idFromDigest(createHash('sha256').update(realpathSync(dist)).digest('hex'));
}

/** Why policy files cannot be written here, or undefined when they can. */
export function policyUnavailable(): string | undefined {
  if (process.platform !== 'linux') return `policy files in ${POLICY_DIR} are read by Chromium on Linux only`;
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    const probe = join(POLICY_DIR, `${PREFIX}probe-${process.pid}.json`);
    writeFileSync(probe, '{}');
    rmSync(probe, { force: true });
    return undefined;
  } catch (error) {
    return `cannot write ${POLICY_DIR} (${error instanceof Error ? error.message : String(error)}): run as root to test managed settings`;
  }
}

/** Removes policy files left by an earlier run that did not get to clean up. */
export function removeStalePolicies(): void {
  if (!existsSync(POLICY_DIR)) return;
  for (const name of readdirSync(POLICY_DIR)) if (name.startsWith(PREFIX)) rmSync(join(POLICY_DIR, name), { force: true });
}

/** Writes the extension's policy; call the returned function to remove it (before the next browser starts). */
export function writeExtensionPolicy(values: Record<string, unknown>, extensionId: string = extensionIdFor()): () => void {
  removeStalePolicies();
  const file = join(POLICY_DIR, `${PREFIX}${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: values } } }, null, 2));
  const remove = () => rmSync(file, { force: true });
  // Even when the run dies before its afterAll: a leftover policy would change every later browser's extension.
  process.once('exit', remove);
  return remove;
}
