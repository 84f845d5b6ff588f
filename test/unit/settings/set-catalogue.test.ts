// The guideline-set catalogue (src/guidelines/catalogue.ts) and the JSON
// Schema for authors (docs/guideline-set.schema.json): one parser for every
// way a set arrives, and a schema that says what the validator says.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../helpers/fake-browser.ts')).createFakeBrowser() }));
import { schemaFileText, SCHEMA_FILE } from '../../../scripts/set-schema.ts';
import { isBuiltinSetId, isKnownSet, NO_SET, parseSetData, parseSetText, resolveGuidelineSet } from '../../../src/guidelines/catalogue.ts';
import { BUILTIN_SETS } from '../../../src/guidelines/index.ts';
import { guidelineSetJsonSchema, MAX_SET_BYTES, validateGuidelineSet } from '../../../src/guidelines/schema.ts';
import { FINDING_KINDS, LANGS } from '../../../src/engine/index.ts';
import { parseManagedPolicy } from '../../../src/settings/managed.ts';
import { checkSetText } from '../../../src/settings/imported-sets.ts';

const TEMPLATE_TEXT = readFileSync(path.resolve(import.meta.dirname, '../../../docs/guideline-set-template.json'), 'utf8');
const TEMPLATE = JSON.parse(TEMPLATE_TEXT) as Record<string, unknown>;
const clone = <T>(v: T): T => structuredClone(v);

describe('parseSetText: one parser for import, CLI and policy', () => {
  it('reads the template, with or without a byte-order mark, in every caller', () => {
    for (const text of [TEMPLATE_TEXT, `\uFEFF${TEMPLATE_TEXT}`]) {
      const parsed = parseSetText(text, { refuseBuiltinIds: true });
      expect(parsed.ok && parsed.set.id).toBe('eksempel');
      expect(checkSetText(text).ok).toBe(true);
      const warnings: string[] = [];
      expect(parseManagedPolicy({ guidelineSet: text }, (w) => warnings.push(w)).guidelineSet?.id).toBe('eksempel');
      expect(warnings).toEqual([]);
    }
  });
  it('names each problem, in order: size, blank, JSON, schema, built-in id', () => {
    const kind = (text: string, refuse = true) => {
      const parsed = parseSetText(text, { refuseBuiltinIds: refuse });
      return parsed.ok ? 'ok' : parsed.problem.kind;
    };
    expect(kind(' '.repeat(MAX_SET_BYTES + 1))).toBe('too_large');
    expect(kind('æ'.repeat(MAX_SET_BYTES / 2 + 1))).toBe('too_large');
    expect(kind('\uFEFF  \n')).toBe('empty');
    expect(kind('{nope')).toBe('not_json');
    expect(kind('[]')).toBe('not_an_object');
    expect(kind('{"id":"x"}')).toBe('invalid');
    const ringebu = JSON.stringify(BUILTIN_SETS.find((s) => s.id === 'ringebu'));
    expect(kind(ringebu)).toBe('builtin_id');
    // The CLI checks any file, a copy of a built-in set too.
    expect(kind(ringebu, false)).toBe('ok');
  });
  it('refuses a built-in id in the options import and in policy alike', () => {
    const text = TEMPLATE_TEXT.replaceAll('eksempel', 'utsira');
    const imported = checkSetText(text);
    expect(!imported.ok && imported.errors[0]?.reason).toMatch(/built-in set/);
    const warnings: string[] = [];
    expect(parseManagedPolicy({ guidelineSet: text }, (w) => warnings.push(w)).guidelineSet).toBeUndefined();
    expect(warnings.join()).toMatch(/"utsira" is a built-in set/);
    expect(parseSetData(JSON.parse(text), { refuseBuiltinIds: true }).ok).toBe(false);
  });
});

describe('which sets exist', () => {
  const own = { ...clone(BUILTIN_SETS[0]!), id: 'egen', name: 'Egen kommune' };
  it('resolves the chosen set: others first, then built-in; null and unknown ids give none', () => {
    expect(resolveGuidelineSet(null, [own])).toBeUndefined();
    expect(resolveGuidelineSet('egen', [own])).toBe(own);
    expect(resolveGuidelineSet('ringebu')?.id).toBe('ringebu');
    expect(resolveGuidelineSet('ingen', [own])).toBeUndefined();
  });
  it('knows built-in and handed-in sets, and never the stand-in for "no set"', () => {
    expect(isBuiltinSetId('ringebu')).toBe(true);
    expect(isBuiltinSetId('egen')).toBe(false);
    expect(isKnownSet('egen', [own])).toBe(true);
    expect(isKnownSet('egen')).toBe(false);
    expect(isKnownSet(NO_SET.id)).toBe(false);
  });
});

// ---------------------------------------------------------------- the JSON Schema

type Schema = Record<string, unknown>;

/** The part of JSON Schema draft-07 the generated schema uses; returns the paths that fail. */
function schemaErrors(schema: Schema, value: unknown, at = ''): string[] {
  const out: string[] = [];
  const fail = (why: string) => out.push(`${at || '(top)'}: ${why}`);
  if ('const' in schema && value !== schema.const) fail('const');
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) fail('enum');
  const type = schema.type;
  if (type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [...out, `${at}: type`];
    const o = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in o)) fail(`required ${key}`);
    for (const [key, v] of Object.entries(o)) {
      if (props[key]) out.push(...schemaErrors(props[key], v, `${at}.${key}`));
      else if (schema.additionalProperties === false) fail(`extra ${key}`);
    }
  }
  if (type === 'array') {
    if (!Array.isArray(value)) return [...out, `${at}: type`];
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail('minItems');
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) fail('maxItems');
    if (schema.uniqueItems === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) fail('uniqueItems');
    value.forEach((v, i) => out.push(...schemaErrors(schema.items as Schema, v, `${at}[${i}]`)));
  }
  if (type === 'string') {
    if (typeof value !== 'string') return [...out, `${at}: type`];
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) fail('minLength');
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) fail('maxLength');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) fail('pattern');
  }
  return out;
}

const SCHEMA = guidelineSetJsonSchema();
const bothAccept = (value: unknown) => ({ validator: validateGuidelineSet(value).ok, schema: schemaErrors(SCHEMA, value) });

describe('docs/guideline-set.schema.json', () => {
  it('is the one generated from the validator (run `npm run schema` after changing src/guidelines/schema.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaFileText());
  });
  it('accepts every built-in set and the template, as the validator does', () => {
    for (const set of [...BUILTIN_SETS, TEMPLATE]) expect(bothAccept(clone(set))).toEqual({ validator: true, schema: [] });
  });
  it('requires the fields the validator requires, at the top and in a point', () => {
    const required = SCHEMA.required as string[];
    for (const key of Object.keys(SCHEMA.properties as object)) {
      const set = clone(TEMPLATE);
      delete set[key];
      expect([key, validateGuidelineSet(set).ok]).toEqual([key, !required.includes(key)]);
      expect([key, schemaErrors(SCHEMA, set).length === 0]).toEqual([key, !required.includes(key)]);
    }
    const pointSchema = ((SCHEMA.properties as Record<string, Schema>).points!.items as Schema);
    for (const key of ['id', 'number', 'heading', 'text', 'kinds', 'summary']) {
      const set = clone(TEMPLATE) as { points: Record<string, unknown>[] };
      const point = set.points.find((p) => p.heading !== undefined && p.summary !== undefined) ?? set.points[0]!;
      point.heading ??= 'Overskrift';
      point.summary ??= 'Kort';
      delete point[key];
      const isRequired = (pointSchema.required as string[]).includes(key);
      expect([key, validateGuidelineSet(set).ok, schemaErrors(SCHEMA, set).length === 0]).toEqual([key, !isRequired, !isRequired]);
    }
  });
  it('offers the validator’s values for country, language and kinds, and refuses others with it', () => {
    const props = SCHEMA.properties as Record<string, Schema>;
    expect(props.language!.enum).toEqual([...LANGS]);
    expect(((props.points!.items as Schema).properties as Record<string, Schema>).kinds!.items).toEqual({ enum: [...FINDING_KINDS] });
    for (const country of props.country!.enum as string[]) expect(bothAccept({ ...clone(TEMPLATE), country })).toEqual({ validator: true, schema: [] });
    for (const [field, value] of [['country', 'DK'], ['language', 'de'], ['schemaVersion', 2], ['id', 'Eksempel'], ['adopted', '2024-1-1']] as const) {
      const verdict = bothAccept({ ...clone(TEMPLATE), [field]: value });
      expect([field, verdict.validator, verdict.schema.length > 0]).toEqual([field, false, true]);
    }
    const unknownKind = clone(TEMPLATE) as { points: { kinds: string[] }[] };
    unknownKind.points[0]!.kinds = ['gossip'];
    expect(bothAccept(unknownKind).validator).toBe(false);
    expect(bothAccept(unknownKind).schema.length).toBeGreaterThan(0);
    const extra = { ...clone(TEMPLATE), extra: true };
    expect(bothAccept(extra).validator).toBe(false);
    expect(bothAccept(extra).schema.length).toBeGreaterThan(0);
  });
});
