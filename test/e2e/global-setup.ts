// Runs once before the e2e files: builds the fixture pages and checks that the
// extension has been built (the test script runs `npm run build` first).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtures } from './fixtures/build.ts';
import { CHROMIUM, DIST } from './harness/paths.ts';

export default async function setup(): Promise<void> {
  const manifest = join(DIST, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`e2e: ${manifest} does not exist. Build the extension first: \`npm run build\` (\`npm test\` does this before the e2e step).`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`e2e: no Chromium at ${CHROMIUM}. Install Debian's: \`sudo apt-get install -y chromium\` (or set VARSOM_CHROMIUM).`);
  }
  await buildFixtures();
}
