// The policy authors' template must stay a valid set: they start from it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateGuidelineSet } from '../../../src/guidelines/schema.ts';
import { analyze } from '../../../src/engine/index.ts';

const file = path.resolve(import.meta.dirname, '../../../docs/guideline-set-template.json');

describe('docs/guideline-set-template.json', () => {
  const result = validateGuidelineSet(JSON.parse(readFileSync(file, 'utf8')));
  it('is a valid guideline set', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
  it('is quoted in findings like a built-in set', () => {
    if (!result.ok) throw new Error('invalid template');
    const [f] = analyze({ text: 'Eksempel kommune kutter i skolen igjen', surface: 'post' }, { set: result.set, profile: { workplaces: [], peopleFromWork: [], disclaimers: {} } });
    expect(f!.points.map((p) => p.id)).toEqual(['eksempel-3']);
    expect(f!.fix).toMatchObject({ type: 'insert', text: 'Jeg skriver dette som privatperson, ikke på vegne av Eksempel kommune.' });
  });
});
