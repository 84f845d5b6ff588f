// Where an e2e run finds the built extension and Chromium, and where it puts
// screenshots: one place, so the tests, the benchmarks and the screenshot
// script all agree (and the environment can point them elsewhere).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DIST = resolve(process.env.VARSOM_DIST ?? join(ROOT, 'dist'));
export const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));
export const CHROMIUM = process.env.VARSOM_CHROMIUM ?? '/usr/bin/chromium';

/** The parts of dist/manifest.json the e2e files read. */
export interface BuiltManifest {
  name: string;
  version: string;
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
  content_scripts?: { matches: string[]; js?: string[] }[];
  web_accessible_resources?: unknown[];
  permissions?: string[];
  host_permissions?: string[];
}

export function readManifest(): BuiltManifest {
  const file = join(DIST, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the e2e tests.`);
  return JSON.parse(readFileSync(file, 'utf8')) as BuiltManifest;
}
