// Writes docs/guideline-set.schema.json, the JSON Schema policy authors point
// their editor at, from the validator's own rules (src/guidelines/schema.ts).
// test/unit/settings/set-catalogue.test.ts fails while the file is stale.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { guidelineSetJsonSchema } from '../src/guidelines/schema.ts';

export const SCHEMA_FILE = path.resolve(import.meta.dirname, '../docs/guideline-set.schema.json');

export function schemaFileText(): string {
  return `${JSON.stringify(guidelineSetJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  writeFileSync(SCHEMA_FILE, schemaFileText());
  process.stdout.write(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
}
