// The one schema for guideline sets. Built-in sets are checked with it at load;
// the options page and the CLI check sets that users import with it. Imported
// files come from strangers, so nothing about the input's shape is assumed, every
// problem is reported (a policy author fixes them all in one go), and a valid set
// is returned as a fresh object holding only the known fields.
import { FINDING_KINDS, type FindingKind, type GuidelinePoint, type GuidelineSet } from '../engine/types.ts';
import { LANGS, type Lang } from '../engine/vocabulary.ts';
import { isRecord as isFieldObject } from '../shared/is-record.ts';

/** Importers refuse larger files before parsing them. */
export const MAX_SET_BYTES = 512 * 1024;

export const LIMITS = {
  points: 300,
  text: 8000,
  name: 200,
  disclaimer: 500,
  employerNames: 50,
  emailDomains: 20,
  url: 2000,
} as const;

export interface ValidationError {
  path: string;
  reason: string;
}

export type GuidelineValidation = { ok: true; set: GuidelineSet } | { ok: false; errors: ValidationError[] };

const COUNTRIES = ['NO', 'SE'] as const;
const SET_ID = /^[a-z0-9][a-z0-9-]{1,39}$/;
/** What follows "<set id>-" in a point id: the point's number, e.g. "2.4.3", "B5", "4.10h". */
const POINT_SUFFIX = /^[A-Za-z0-9][A-Za-z0-9.-]{0,39}$/;
const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Keys that could reach an object's prototype if some consumer merged the data carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** A valid set is four levels deep (set → points → point → kinds); anything much deeper is junk. */
const MAX_DEPTH = 8;
/** Nodes the structural scan visits before giving up: bounds the work a hostile value can cause. */
const MAX_NODES = 100_000;
/** A broken file can produce thousands of errors; past this many, more do not help anyone. */
const MAX_ERRORS = 100;

const ROOT_FIELDS = [
  'schemaVersion', 'id', 'name', 'country', 'language', 'source', 'adopted',
  'mergedInto', 'employer', 'points', 'checklist', 'disclaimers',
] as const;
const MERGED_FIELDS = ['name', 'date'] as const;
const SOURCE_FIELDS = ['title', 'document', 'url'] as const;
const EMPLOYER_FIELDS = ['names', 'emailDomains'] as const;
const POINT_FIELDS = ['id', 'number', 'heading', 'text', 'kinds', 'summary'] as const;

type Obj = Record<string, unknown>;

class Errors {
  readonly list: ValidationError[] = [];

  add(path: string, reason: string): void {
    if (this.list.length < MAX_ERRORS) this.list.push({ path, reason });
    else if (this.list.length === MAX_ERRORS) this.list.push({ path: '', reason: `too many errors; stopped after ${MAX_ERRORS}` });
  }

  get empty(): boolean {
    return this.list.length === 0;
  }
}

// ---------------------------------------------------------------- paths

/** Odd keys are quoted and shortened so a hostile key cannot flood the message. */
function keyPath(path: string, key: string): string {
  if (/^[A-Za-z_$][\w$]{0,39}$/.test(key)) return path === '' ? key : `${path}.${key}`;
  const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
  return `${path}[${JSON.stringify(shown)}]`;
}

function indexPath(path: string, i: number): string {
  return `${path}[${i}]`;
}

// ---------------------------------------------------------------- structure

/** Stricter than a record: a plain object (or one with no prototype), never an instance of some class. */
function isRecord(v: unknown): v is Obj {
  if (!isFieldObject(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function get(o: Obj, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

/**
 * Walks the whole value, unknown fields included, for forbidden keys. Returns
 * false when reading the value could run code (an accessor property) or the
 * value is too big to look at; the field checks then do not run. Data from
 * JSON.parse or structured clone has no accessors; this guards against a
 * caller handing over a live object.
 */
function scanStructure(value: unknown, errors: Errors): boolean {
  let budget = MAX_NODES;
  let safe = true;
  const giveUp = (): void => {
    errors.add('', 'too large to check');
    safe = false;
  };
  const visitChild = (holder: object, key: string, path: string, depth: number): void => {
    const descriptor = Object.getOwnPropertyDescriptor(holder, key);
    if (descriptor !== undefined && !('value' in descriptor)) {
      errors.add(path, 'must be plain data');
      safe = false;
      return;
    }
    visit(descriptor?.value, path, depth);
  };
  const visit = (v: unknown, path: string, depth: number): void => {
    if (!safe || typeof v !== 'object' || v === null) return;
    if (depth > MAX_DEPTH) {
      errors.add(path, 'nested too deeply');
      return;
    }
    if (Array.isArray(v)) {
      budget -= v.length + 1;
      if (budget < 0) return giveUp();
      for (let i = 0; i < v.length && safe; i++) visitChild(v, String(i), indexPath(path, i), depth + 1);
      return;
    }
    const keys = Object.keys(v);
    budget -= keys.length + 1;
    if (budget < 0) return giveUp();
    for (const key of keys) {
      if (!safe) return;
      const childPath = keyPath(path, key);
      if (FORBIDDEN_KEYS.has(key)) errors.add(childPath, `forbidden key "${key}"`);
      else visitChild(v, key, childPath, depth + 1);
    }
  };
  visit(value, '', 0);
  return safe;
}

/** The object at `path`, with unknown fields reported; undefined (and an error) when it is not one. */
function readObject(
  errors: Errors,
  v: unknown,
  path: string,
  known: readonly string[],
  unknownReason: (key: string) => string = () => 'unknown field',
): Obj | undefined {
  if (v === undefined) {
    errors.add(path, 'missing');
    return undefined;
  }
  if (!isRecord(v)) {
    errors.add(path, 'must be an object');
    return undefined;
  }
  for (const key of Object.keys(v)) {
    // Forbidden keys were reported by the scan.
    if (!known.includes(key) && !FORBIDDEN_KEYS.has(key)) errors.add(keyPath(path, key), unknownReason(key));
  }
  return v;
}

function readString(errors: Errors, o: Obj, path: string, key: string, max: number, optional = false): string | undefined {
  const p = keyPath(path, key);
  const v = get(o, key);
  if (v === undefined) {
    if (!optional) errors.add(p, 'missing');
    return undefined;
  }
  return checkString(errors, v, p, max);
}

function checkString(errors: Errors, v: unknown, path: string, max: number): string | undefined {
  if (typeof v !== 'string') {
    errors.add(path, 'must be a string');
    return undefined;
  }
  if (v.trim() === '') {
    errors.add(path, 'must not be empty');
    return undefined;
  }
  if (v.length > max) {
    errors.add(path, `too long (${v.length} characters, max ${max})`);
    return undefined;
  }
  return v;
}

/** The array at `key`; an over-long array is reported once and its items are not inspected. */
function readArray(errors: Errors, o: Obj, path: string, key: string, min: number, max: number): unknown[] | undefined {
  const p = keyPath(path, key);
  const v = get(o, key);
  if (v === undefined) {
    errors.add(p, 'missing');
    return undefined;
  }
  if (!Array.isArray(v)) {
    errors.add(p, 'must be an array');
    return undefined;
  }
  if (v.length > max) {
    errors.add(p, `too many items (${v.length}, max ${max})`);
    return undefined;
  }
  if (v.length < min) {
    errors.add(p, min === 1 ? 'must not be empty' : `needs at least ${min} items`);
    return undefined;
  }
  return v;
}

// ---------------------------------------------------------------- values

function isRealDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysIn = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return daysIn !== undefined && day >= 1 && day <= daysIn;
}

function isWebUrl(s: string): boolean {
  try {
    const url = new URL(s);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function pointIdProblem(id: string, setId: string | undefined): string | undefined {
  if (setId === undefined) {
    // The set id is itself broken (reported there); still check the shape.
    const dash = id.indexOf('-');
    return dash > 0 && POINT_SUFFIX.test(id.slice(dash + 1)) ? undefined : 'must be "<set id>-<number>"';
  }
  const prefix = `${setId}-`;
  if (!id.startsWith(prefix)) return `must start with "${prefix}"`;
  if (!POINT_SUFFIX.test(id.slice(prefix.length))) {
    return `must be "${prefix}" followed by up to 40 letters, digits, dots or hyphens`;
  }
  return undefined;
}

// ---------------------------------------------------------------- sections

function readSource(errors: Errors, v: unknown): GuidelineSet['source'] | undefined {
  const o = readObject(errors, v, 'source', SOURCE_FIELDS);
  if (!o) return undefined;
  const title = readString(errors, o, 'source', 'title', LIMITS.name);
  const document = readString(errors, o, 'source', 'document', LIMITS.name, true);
  const url = readString(errors, o, 'source', 'url', LIMITS.url, true);
  // Only web links: the options page may render this as a link.
  if (url !== undefined && !isWebUrl(url)) errors.add('source.url', 'must be an http(s) URL');
  if (title === undefined) return undefined;
  return {
    title,
    ...(document !== undefined ? { document } : {}),
    ...(url !== undefined ? { url } : {}),
  };
}

/** Optional: a municipality that has since merged into another. */
function readMergedInto(errors: Errors, v: unknown): { name: string; date: string } | undefined {
  const o = readObject(errors, v, 'mergedInto', MERGED_FIELDS);
  if (!o) return undefined;
  const name = readString(errors, o, 'mergedInto', 'name', LIMITS.name);
  const date = readString(errors, o, 'mergedInto', 'date', 10);
  if (date !== undefined && !isRealDate(date)) errors.add('mergedInto.date', 'must be a real date as YYYY-MM-DD');
  return name !== undefined && date !== undefined ? { name, date } : undefined;
}

function readEmployer(errors: Errors, v: unknown): GuidelineSet['employer'] | undefined {
  const o = readObject(errors, v, 'employer', EMPLOYER_FIELDS);
  if (!o) return undefined;
  const rawNames = readArray(errors, o, 'employer', 'names', 1, LIMITS.employerNames);
  const rawDomains = readArray(errors, o, 'employer', 'emailDomains', 0, LIMITS.emailDomains);
  const names: string[] = [];
  rawNames?.forEach((n, i) => {
    const name = checkString(errors, n, indexPath('employer.names', i), LIMITS.name);
    if (name !== undefined) names.push(name);
  });
  const emailDomains: string[] = [];
  rawDomains?.forEach((d, i) => {
    const path = indexPath('employer.emailDomains', i);
    const domain = checkString(errors, d, path, 253);
    if (domain === undefined) return;
    if (DOMAIN.test(domain)) emailDomains.push(domain);
    else errors.add(path, `not a lowercase domain name: "${domain.slice(0, 60)}"`);
  });
  if (!rawNames || !rawDomains) return undefined;
  return { names, emailDomains };
}

function readKinds(errors: Errors, o: Obj, path: string): FindingKind[] | undefined {
  const raw = readArray(errors, o, path, 'kinds', 0, FINDING_KINDS.length);
  if (!raw) return undefined;
  const kinds: FindingKind[] = [];
  raw.forEach((k, i) => {
    const p = indexPath(`${path}.kinds`, i);
    if (typeof k !== 'string') errors.add(p, 'must be a string');
    else if (!(FINDING_KINDS as readonly string[]).includes(k)) errors.add(p, `unknown kind "${k.slice(0, 40)}"`);
    else if (kinds.includes(k as FindingKind)) errors.add(p, `duplicate kind "${k}"`);
    else kinds.push(k as FindingKind);
  });
  return kinds;
}

function readPoint(errors: Errors, v: unknown, path: string, setId: string | undefined, ids: Set<string>): GuidelinePoint | undefined {
  const o = readObject(errors, v, path, POINT_FIELDS);
  if (!o) return undefined;
  const id = readString(errors, o, path, 'id', 100);
  if (id !== undefined) {
    const problem = pointIdProblem(id, setId);
    if (problem) errors.add(keyPath(path, 'id'), problem);
    else if (ids.has(id)) errors.add(keyPath(path, 'id'), `duplicate id "${id}"`);
    ids.add(id);
  }
  const number = readString(errors, o, path, 'number', LIMITS.name);
  const heading = readString(errors, o, path, 'heading', LIMITS.name, true);
  const text = readString(errors, o, path, 'text', LIMITS.text);
  const kinds = readKinds(errors, o, path);
  const summary = readString(errors, o, path, 'summary', LIMITS.name, true);
  if (id === undefined || number === undefined || text === undefined || kinds === undefined) return undefined;
  return {
    id,
    number,
    ...(heading !== undefined ? { heading } : {}),
    text,
    kinds,
    ...(summary !== undefined ? { summary } : {}),
  };
}

function readPoints(errors: Errors, o: Obj, setId: string | undefined): { points?: GuidelinePoint[]; ids: Set<string> } {
  const ids = new Set<string>();
  const raw = readArray(errors, o, '', 'points', 1, LIMITS.points);
  if (!raw) return { ids };
  const points: GuidelinePoint[] = [];
  raw.forEach((p, i) => {
    const point = readPoint(errors, p, indexPath('points', i), setId, ids);
    if (point) points.push(point);
  });
  return { points, ids };
}

/** `pointIds` is undefined when the points could not be read: references are then not checked, to avoid an error per entry. */
function readChecklist(errors: Errors, o: Obj, pointIds: ReadonlySet<string> | undefined): string[] | undefined {
  const raw = readArray(errors, o, '', 'checklist', 0, LIMITS.points);
  if (!raw) return undefined;
  const checklist: string[] = [];
  raw.forEach((c, i) => {
    const path = indexPath('checklist', i);
    if (typeof c !== 'string') errors.add(path, 'must be a string');
    else if (pointIds !== undefined && !pointIds.has(c)) errors.add(path, `unknown point "${c.slice(0, 80)}"`);
    else if (checklist.includes(c)) errors.add(path, `duplicate point "${c}"`);
    else checklist.push(c);
  });
  return checklist;
}

function readDisclaimers(errors: Errors, v: unknown, language: Lang | undefined): GuidelineSet['disclaimers'] | undefined {
  const o = readObject(errors, v, 'disclaimers', LANGS, (key) => `unknown language "${key.slice(0, 40)}"`);
  if (!o) return undefined;
  const out: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const text = readString(errors, o, 'disclaimers', lang, LIMITS.disclaimer, true);
    if (text !== undefined) out[lang] = text;
  }
  if (get(o, 'en') === undefined) errors.add('disclaimers.en', 'missing');
  if (language !== undefined && language !== 'en' && get(o, language) === undefined) {
    errors.add(`disclaimers.${language}`, "missing (the set's own language)");
  }
  const en = out.en;
  return en === undefined ? undefined : { ...out, en };
}

function readEnum<T extends string>(errors: Errors, o: Obj, key: string, allowed: readonly T[]): T | undefined {
  const v = get(o, key);
  if (v === undefined) {
    errors.add(key, 'missing');
    return undefined;
  }
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  errors.add(key, `must be one of ${allowed.join(', ')}`);
  return undefined;
}

// ---------------------------------------------------------------- entry points

export function validateGuidelineSet(data: unknown): GuidelineValidation {
  const errors = new Errors();
  if (!scanStructure(data, errors)) return { ok: false, errors: errors.list };
  // At the top, "missing" would read oddly: whatever came is simply not a set.
  if (!isRecord(data)) errors.add('', 'must be an object');
  const o = isRecord(data) ? readObject(errors, data, '', ROOT_FIELDS) : undefined;
  if (!o) return { ok: false, errors: errors.list };

  const version = get(o, 'schemaVersion');
  if (version === undefined) errors.add('schemaVersion', 'missing');
  else if (version !== 1) errors.add('schemaVersion', 'must be 1');

  const rawId = readString(errors, o, '', 'id', 40);
  const id = rawId !== undefined && SET_ID.test(rawId) ? rawId : undefined;
  if (rawId !== undefined && id === undefined) errors.add('id', 'must be 2–40 lowercase letters, digits or hyphens, starting with a letter or digit');

  const name = readString(errors, o, '', 'name', LIMITS.name);
  const country = readEnum(errors, o, 'country', COUNTRIES);
  const language = readEnum(errors, o, 'language', LANGS);
  const source = readSource(errors, get(o, 'source'));

  const adopted = readString(errors, o, '', 'adopted', 10, true);
  if (adopted !== undefined && !isRealDate(adopted)) errors.add('adopted', 'must be a real date as YYYY-MM-DD');

  const rawMerged = get(o, 'mergedInto');
  const mergedInto = rawMerged === undefined ? undefined : readMergedInto(errors, rawMerged);
  if (mergedInto !== undefined && adopted !== undefined && mergedInto.date <= adopted) {
    errors.add('mergedInto.date', 'must be after the adoption date');
  }

  const employer = readEmployer(errors, get(o, 'employer'));
  const { points, ids } = readPoints(errors, o, id);
  const checklist = readChecklist(errors, o, points === undefined ? undefined : ids);
  const disclaimers = readDisclaimers(errors, get(o, 'disclaimers'), language);

  if (
    !errors.empty || id === undefined || name === undefined || country === undefined || language === undefined ||
    source === undefined || employer === undefined || points === undefined || checklist === undefined ||
    disclaimers === undefined
  ) {
    return { ok: false, errors: errors.list };
  }
  return {
    ok: true,
    set: {
      schemaVersion: 1,
      id,
      name,
      country,
      language,
      source,
      ...(adopted !== undefined ? { adopted } : {}),
      ...(mergedInto !== undefined ? { mergedInto } : {}),
      employer,
      points,
      checklist,
      disclaimers,
    },
  };
}

/** One error per line, for the CLI and the options page. */
export function formatValidationErrors(errors: readonly ValidationError[]): string {
  return errors.map((e) => `- ${e.path === '' ? '(top level)' : e.path}: ${e.reason}`).join('\n');
}

// ---------------------------------------------------------------- JSON Schema for authors

type JsonSchema = Record<string, unknown>;

/** Fields a set or a point may leave out; every other known field is required. */
const OPTIONAL_ROOT_FIELDS: readonly string[] = ['adopted', 'mergedInto'];
const OPTIONAL_POINT_FIELDS: readonly string[] = ['heading', 'summary'];

/** A non-blank text of at most `max` characters. */
function textSchema(max: number, description?: string): JsonSchema {
  return { type: 'string', minLength: 1, maxLength: max, pattern: '\\S', ...(description ? { description } : {}) };
}

function objectSchema(fields: readonly string[], optional: readonly string[], properties: Record<string, JsonSchema>): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    required: fields.filter((f) => !optional.includes(f)),
    properties: Object.fromEntries(fields.map((f) => [f, properties[f]])),
  };
}

const dateSchema = (description: string): JsonSchema => ({ type: 'string', pattern: ISO_DATE.source, description });

/**
 * The same rules as validateGuidelineSet, as a JSON Schema (draft-07) that
 * editors use to complete and check a set file while it is written. Built
 * from this file's own field lists, limits and patterns; written to
 * docs/guideline-set.schema.json by `npm run schema`, and a unit test
 * compares the two and both verdicts on the same files. What a JSON Schema
 * cannot say (point ids start with the set's id, the checklist names the
 * set's points, the set's own language has a disclaimer, real calendar dates)
 * only `npm run check -- --validate-set` checks.
 */
export function guidelineSetJsonSchema(): JsonSchema {
  const point = objectSchema(POINT_FIELDS, OPTIONAL_POINT_FIELDS, {
    id: { type: 'string', maxLength: 100, pattern: `^[a-z0-9][a-z0-9-]*-${POINT_SUFFIX.source.slice(1)}`, description: 'The set id, a hyphen and the point number, e.g. "eksempel-2.3".' },
    number: textSchema(LIMITS.name, 'The point\'s own number or heading as the document gives it, e.g. "2.3".'),
    heading: textSchema(LIMITS.name),
    text: textSchema(LIMITS.text, 'The point quoted word for word from the document.'),
    kinds: { type: 'array', maxItems: FINDING_KINDS.length, uniqueItems: true, items: { enum: [...FINDING_KINDS] }, description: 'The findings this point supports; empty for a checklist-only point.' },
    summary: textSchema(LIMITS.name, 'A short paraphrase for the checklist, in the set\'s language.'),
  });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Varsom guideline set',
    description: 'A municipality\'s social-media guideline for Varsom. Generated from src/guidelines/schema.ts by `npm run schema`; `npm run check -- --validate-set FILE` checks the rest.',
    ...objectSchema(ROOT_FIELDS, OPTIONAL_ROOT_FIELDS, {
      schemaVersion: { const: 1 },
      id: { type: 'string', maxLength: 40, pattern: SET_ID.source, description: 'Lowercase letters, digits and hyphens, e.g. "eksempel".' },
      name: textSchema(LIMITS.name, 'The municipality\'s name as employees know it.'),
      country: { enum: [...COUNTRIES] },
      language: { enum: [...LANGS], description: 'The guideline\'s language.' },
      source: objectSchema(SOURCE_FIELDS, ['document', 'url'], {
        title: textSchema(LIMITS.name),
        document: textSchema(LIMITS.name),
        url: { ...textSchema(LIMITS.url), pattern: '^[Hh][Tt][Tt][Pp][Ss]?:' },
      }),
      adopted: dateSchema('The date the guideline was adopted, YYYY-MM-DD.'),
      mergedInto: objectSchema(MERGED_FIELDS, [], { name: textSchema(LIMITS.name), date: dateSchema('YYYY-MM-DD') }),
      employer: objectSchema(EMPLOYER_FIELDS, [], {
        names: { type: 'array', minItems: 1, maxItems: LIMITS.employerNames, items: textSchema(LIMITS.name) },
        emailDomains: { type: 'array', maxItems: LIMITS.emailDomains, items: { type: 'string', maxLength: 253, pattern: DOMAIN.source } },
      }),
      points: { type: 'array', minItems: 1, maxItems: LIMITS.points, items: point },
      checklist: { type: 'array', maxItems: LIMITS.points, uniqueItems: true, items: { type: 'string' }, description: 'Ids of the points for private use, in the document\'s order.' },
      disclaimers: {
        type: 'object',
        additionalProperties: false,
        required: ['en'],
        properties: Object.fromEntries(LANGS.map((lang) => [lang, textSchema(LIMITS.disclaimer)])),
      },
    }),
  };
}
