import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUILTIN_SET_IDS, BUILTIN_SETS, DEFAULT_SET_ID, findBuiltinSet } from '../../../src/guidelines/index.ts';
import {
  formatValidationErrors,
  MAX_SET_BYTES,
  validateGuidelineSet,
  type ValidationError,
} from '../../../src/guidelines/schema.ts';
import { analyze, type FindingKind, type GuidelineSet, type Lang } from '../../../src/engine/index.ts';
import { workNoDisclaimer } from '../../../src/engine/detectors/work-no-disclaimer/index.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const setsDir = path.join(root, 'src/guidelines/sets');
const sourcesDir = path.resolve(root, '../shared/guidelines');
const haveSources = existsSync(sourcesDir);
if (!haveSources) {
  console.warn(`NOTICE guidelines.test: ${sourcesDir} is absent; the verbatim-quote and document-order tests are skipped.`);
}

const setFiles = readdirSync(setsDir).filter((f) => f.endsWith('.json')).sort();
const readSetFile = (file: string): unknown => JSON.parse(readFileSync(path.join(setsDir, file), 'utf8'));

// ---------------------------------------------------------------- quoting helpers

/** Markdown emphasis is not part of the wording, and line breaks differ between extractions. */
const normalize = (s: string): string => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

const documentText = (set: GuidelineSet): string =>
  normalize(readFileSync(path.join(sourcesDir, set.source.document ?? ''), 'utf8'));

/** Where a quote's "…"-separated fragments occur in order, searching from `from`; undefined if they do not. */
function locate(quote: string, doc: string, from = 0): { start: number; end: number } | undefined {
  const fragments = normalize(quote).split('…').map((f) => f.trim()).filter((f) => f !== '');
  let start = -1;
  let pos = from;
  for (const fragment of fragments) {
    const at = doc.indexOf(fragment, pos);
    if (at < 0) return undefined;
    if (start < 0) start = at;
    pos = at + fragment.length;
  }
  return start < 0 ? undefined : { start, end: pos };
}

/** The first checklist id whose quote is not found after the previous one's, or undefined when all are in order. */
function firstOutOfOrder(set: GuidelineSet, doc: string): string | undefined {
  let pos = 0;
  for (const id of set.checklist) {
    const point = set.points.find((p) => p.id === id);
    const at = point && locate(point.text, doc, pos);
    if (!at) return id;
    pos = at.end;
  }
  return undefined;
}

// ---------------------------------------------------------------- the built-in sets

describe('built-in guideline sets', () => {
  it('are the four municipalities, with the default among them', () => {
    expect([...BUILTIN_SET_IDS].sort()).toEqual(['norsjo', 'ringebu', 'romskog', 'utsira']);
    expect(BUILTIN_SET_IDS).toEqual(BUILTIN_SETS.map((s) => s.id));
    expect(findBuiltinSet(DEFAULT_SET_ID)?.id).toBe(DEFAULT_SET_ID);
    expect(findBuiltinSet('oslo')).toBeUndefined();
  });

  it.each(setFiles)('%s passes the schema as stored on disk', (file) => {
    const raw = readFileSync(path.join(setsDir, file));
    expect(raw.byteLength).toBeLessThan(MAX_SET_BYTES);
    const result = validateGuidelineSet(JSON.parse(raw.toString('utf8')));
    if (!result.ok) expect.fail(`${file}:\n${formatValidationErrors(result.errors)}`);
  });

  it.each(setFiles)('%s is registered in BUILTIN_SETS under its file name', (file) => {
    const data = readSetFile(file) as GuidelineSet;
    expect(`${data.id}.json`).toBe(file);
    expect(findBuiltinSet(data.id)).toEqual(data);
  });

  it('has no built-in set without a file', () => {
    expect(BUILTIN_SETS).toHaveLength(setFiles.length);
  });

  it('cannot be changed by a caller', () => {
    const set = findBuiltinSet('ringebu')!;
    expect(() => set.points.push(set.points[0]!)).toThrow(TypeError);
    expect(() => {
      (set.employer.names as string[])[0] = 'Oslo kommune';
    }).toThrow(TypeError);
  });

  const REQUIRED_KINDS: FindingKind[] = ['work_no_disclaimer', 'confidential', 'contact_client'];
  const kindsOf = (set: GuidelineSet) => new Set(set.points.flatMap((p) => p.kinds));

  // Norsjö's part on private use (section 5) says nothing of secrecy: its
  // confidentiality rules (4:9, 4:10 h) are for the municipality's own accounts.
  const NOT_IN_PRIVATE_PART: Record<string, FindingKind[]> = { norsjo: ['confidential'] };

  it.each(BUILTIN_SETS.map((s) => [s.id, s] as const))('%s has a point for each main finding kind its private-use part covers', (_id, set) => {
    for (const kind of REQUIRED_KINDS) {
      if (NOT_IN_PRIVATE_PART[set.id]?.includes(kind)) expect(kindsOf(set), kind).not.toContain(kind);
      else expect(kindsOf(set), kind).toContain(kind);
    }
  });

  it('tags only points for private use: Norsjö’s rules for official accounts (section 4) support no finding', () => {
    const official = findBuiltinSet('norsjo')!.points.filter((p) => p.number.startsWith('4'));
    expect(official.map((p) => p.id)).toEqual(['norsjo-4.9', 'norsjo-4.10h']);
    for (const point of official) expect(point.kinds).toEqual([]);
  });

  it('quotes the point that covers confidentiality, not the one on free speech (Ringebu 2.4, bullet 3)', () => {
    const points = (id: string) => findBuiltinSet(id)!.points.filter((p) => p.kinds.includes('confidential')).map((p) => p.id);
    expect(points('ringebu')).toEqual(['ringebu-2.4.3']);
    expect(points('romskog')).toEqual(['romskog-6']);
    expect(points('utsira')).toEqual(['utsira-B5']);
  });

  it('notes that Rømskog has merged into Aurskog-Høland (1 January 2020)', () => {
    expect(findBuiltinSet('romskog')!.mergedInto).toEqual({ name: 'Aurskog-Høland kommune', date: '2020-01-01' });
    expect(BUILTIN_SETS.filter((s) => s.mergedInto !== undefined).map((s) => s.id)).toEqual(['romskog']);
  });

  it('has a work_email point only where the document has one (Ringebu 2.4, bullet 4)', () => {
    const withEmail = BUILTIN_SETS.filter((s) => kindsOf(s).has('work_email')).map((s) => s.id);
    expect(withEmail).toEqual(['ringebu']);
    const points = findBuiltinSet('ringebu')!.points.filter((p) => p.kinds.includes('work_email'));
    expect(points.map((p) => p.id)).toEqual(['ringebu-2.4.4']);
  });

  it('maps points on loyalty and criticism of the employer to no finding kind', () => {
    // Criticism of the employer is lawful free speech: these stay in the checklist only.
    const loyalty = ['ringebu-2.2', 'ringebu-2.4.1', 'norsjo-5.2', 'norsjo-5.3', 'romskog-7', 'utsira-B2'];
    for (const id of loyalty) {
      const set = findBuiltinSet(id.slice(0, id.indexOf('-')))!;
      const point = set.points.find((p) => p.id === id);
      expect(point, id).toBeDefined();
      expect(point!.kinds, id).toEqual([]);
      expect(set.checklist, id).toContain(id);
    }
  });

  it.each(BUILTIN_SETS.map((s) => [s.id, s] as const))('%s: every point has a short summary and a clean quote', (_id, set) => {
    for (const p of set.points) {
      expect(p.summary, p.id).toBeDefined();
      expect(p.summary!.length, p.id).toBeLessThanOrEqual(90);
      expect(p.text, p.id).not.toContain('**');
      expect(p.text, p.id).toBe(p.text.trim());
    }
  });

  it.each(BUILTIN_SETS.map((s) => [s.id, s] as const))('%s names the employer as an organisation, not a bare place', (_id, set) => {
    // "tur i Ringebu" is not work talk; "Ringebu kommune" is.
    for (const name of set.employer.names) expect(name.trim().split(/\s+/).length, name).toBeGreaterThanOrEqual(2);
    expect(set.employer.emailDomains.length).toBeGreaterThan(0);
  });

  const EXPECTED_DISCLAIMER_LANGS: Record<GuidelineSet['country'], Lang[]> = { NO: ['en', 'nb', 'nn'], SE: ['en', 'sv'] };
  const WORK_DRAFT: Record<Lang, string> = {
    nb: 'Kommunen har vedtatt nye kutt i hjemmetjenesten, helt uforståelig.',
    nn: 'Kommuna har lagt ned skulen vår, eg er så lei meg.',
    sv: 'Kommunen har beslutat att lägga ner förskolan, helt galet.',
    en: 'The council has cut our budget again. Unbelievable.',
  };

  it.each(BUILTIN_SETS.map((s) => [s.id, s] as const))('%s suggests disclaimers that silence the nudge they answer', (_id, set) => {
    expect(Object.keys(set.disclaimers).sort()).toEqual(EXPECTED_DISCLAIMER_LANGS[set.country]);
    const ctx = { set, profile: { workplaces: [], peopleFromWork: [], disclaimers: {} } };
    const run = (text: string) => analyze({ text, surface: 'post' }, ctx, [workNoDisclaimer]);
    for (const [lang, disclaimer] of Object.entries(set.disclaimers) as [Lang, string][]) {
      const draft = WORK_DRAFT[lang];
      expect(run(draft), `${lang} without disclaimer`).toHaveLength(1);
      expect(run(`${draft} ${disclaimer}`), `${lang}: ${disclaimer}`).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------- against the source documents

describe.skipIf(!haveSources)('quotes against the source documents in ../shared/guidelines', () => {
  it('locate finds fragments only in order and only verbatim', () => {
    const doc = normalize('Vær åpen om hvor du jobber.\n\nHusk at   Internett er permanent.');
    expect(locate('Vær åpen … Internett er permanent.', doc)).toBeDefined();
    expect(locate('Internett er permanent. … Vær åpen', doc)).toBeUndefined();
    expect(locate('Vær åpen om hvor du arbeider.', doc)).toBeUndefined();
  });

  it.each(BUILTIN_SETS.map((s) => [s.id, s] as const))('%s names an existing source document', (_id, set) => {
    expect(set.source.document).toBeDefined();
    expect(existsSync(path.join(sourcesDir, set.source.document!))).toBe(true);
  });

  it.each(BUILTIN_SETS.map((s) => [s.id, s] as const))('%s quotes every point verbatim', (_id, set) => {
    const doc = documentText(set);
    for (const p of set.points) {
      expect(locate(p.text, doc), `${p.id}: ${p.text}`).toBeDefined();
      if (p.heading !== undefined) expect(doc, `${p.id} heading`).toContain(normalize(p.heading));
    }
  });

  it.each(BUILTIN_SETS.map((s) => [s.id, s] as const))('%s lists its checklist in document order', (_id, set) => {
    const doc = documentText(set);
    expect(firstOutOfOrder(set, doc)).toBeUndefined();
    // The check itself notices a checklist that is out of order.
    expect(firstOutOfOrder({ ...set, checklist: [...set.checklist].reverse() }, doc)).toBeDefined();
  });

  it('takes the e-mail domain of Utsira from its document', () => {
    const set = findBuiltinSet('utsira')!;
    for (const domain of set.employer.emailDomains) expect(documentText(set)).toContain(`@${domain}`);
  });

  it('dates Rømskog as the PDF version states ("Vedtatt i ledermøte Rømskog 7.1 2016")', () => {
    const pdf = normalize(readFileSync(path.join(sourcesDir, '002_b269b380d012eba3.txt'), 'utf8'));
    const m = /Vedtatt i ledermøte Rømskog (\d{1,2})\.(\d{1,2}) (\d{4})/.exec(pdf);
    expect(m).not.toBeNull();
    const [, day, month, year] = m!;
    expect(findBuiltinSet('romskog')!.adopted).toBe(`${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`);
  });
});

// ---------------------------------------------------------------- the schema

/** A small valid set, fresh on every call so a case can break it freely. */
function validSet(): Record<string, any> {
  return {
    schemaVersion: 1,
    id: 'testby',
    name: 'Testby kommune',
    country: 'NO',
    language: 'nb',
    source: { title: 'Retningslinjer', document: 'testby.txt', url: 'https://testby.kommune.no/sosiale-medier' },
    adopted: '2016-01-07',
    employer: { names: ['Testby kommune'], emailDomains: ['testby.kommune.no'] },
    points: [
      { id: 'testby-1', number: '1', heading: 'Ansatte', text: 'Presiser at du ytrer deg som privatperson.', kinds: ['work_no_disclaimer'], summary: 'Si at du skriver privat.' },
      { id: 'testby-2', number: '2', text: 'Husk taushetsplikten.', kinds: ['confidential', 'contact_client'] },
      { id: 'testby-3', number: '3', text: 'Vær høflig.', kinds: [] },
    ],
    checklist: ['testby-1', 'testby-2', 'testby-3'],
    disclaimers: { nb: 'Jeg skriver som privatperson.', en: 'I write as a private person.' },
  };
}

function errorsOf(data: unknown): ValidationError[] {
  const result = validateGuidelineSet(data);
  return result.ok ? [] : result.errors;
}

const withKeyFirst = (key: string, value: unknown, json: string): string =>
  json.replace('{', `{${JSON.stringify(key)}:${JSON.stringify(value)},`);

describe('validateGuidelineSet', () => {
  it('accepts a valid set and returns a fresh copy with only the known fields', () => {
    const input = validSet();
    const result = validateGuidelineSet(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.set).toEqual(input);
    expect(result.set).not.toBe(input);
    expect(result.set.points).not.toBe(input.points);
    expect(result.set.points[0]).not.toBe(input.points[0]);
    expect(result.set.employer.names).not.toBe(input.employer.names);
    expect(Object.keys(result.set).sort()).toEqual(
      ['adopted', 'checklist', 'disclaimers', 'employer', 'id', 'language', 'name', 'points', 'schemaVersion', 'source', 'country'].sort(),
    );
    expect(Object.getPrototypeOf(result.set)).toBe(Object.prototype);
  });

  it('leaves optional fields out rather than setting them to undefined', () => {
    const input = validSet();
    delete input.adopted;
    delete input.source.url;
    delete input.points[0].heading;
    delete input.points[0].summary;
    const result = validateGuidelineSet(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.hasOwn(result.set, 'adopted')).toBe(false);
    expect(Object.keys(result.set.source)).toEqual(['title', 'document']);
    expect(Object.keys(result.set.points[0]!).sort()).toEqual(['id', 'kinds', 'number', 'text']);
  });

  type Case = [string, (s: Record<string, any>) => unknown, ValidationError[]];
  const cases: Case[] = [
    ['missing name', (s) => { delete s.name; }, [{ path: 'name', reason: 'missing' }]],
    ['missing point text', (s) => { delete s.points[1].text; }, [{ path: 'points[1].text', reason: 'missing' }]],
    ['missing disclaimers.en', (s) => { delete s.disclaimers.en; }, [{ path: 'disclaimers.en', reason: 'missing' }]],
    ["missing disclaimer in the set's language", (s) => { delete s.disclaimers.nb; }, [{ path: 'disclaimers.nb', reason: "missing (the set's own language)" }]],
    ['name is a number', (s) => { s.name = 42; }, [{ path: 'name', reason: 'must be a string' }]],
    ['blank number', (s) => { s.points[0].number = '  '; }, [{ path: 'points[0].number', reason: 'must not be empty' }]],
    ['kinds is a string', (s) => { s.points[0].kinds = 'confidential'; }, [{ path: 'points[0].kinds', reason: 'must be an array' }]],
    ['source is a string', (s) => { s.source = 'Retningslinjer'; }, [{ path: 'source', reason: 'must be an object' }]],
    // A set without readable points gets one error, not one per checklist entry.
    ['points is an object', (s) => { s.points = {}; }, [{ path: 'points', reason: 'must be an array' }]],
    ['no points', (s) => { s.points = []; s.checklist = []; }, [{ path: 'points', reason: 'must not be empty' }]],
    ['schemaVersion 2', (s) => { s.schemaVersion = 2; }, [{ path: 'schemaVersion', reason: 'must be 1' }]],
    ['schemaVersion "1"', (s) => { s.schemaVersion = '1'; }, [{ path: 'schemaVersion', reason: 'must be 1' }]],
    ['country DK', (s) => { s.country = 'DK'; }, [{ path: 'country', reason: 'must be one of NO, SE' }]],
    ['language de', (s) => { s.language = 'de'; }, [{ path: 'language', reason: 'must be one of nb, nn, sv, en' }]],
    ['unknown kind', (s) => { s.points[0].kinds.push('gossip'); }, [{ path: 'points[0].kinds[1]', reason: 'unknown kind "gossip"' }]],
    ['duplicate kind', (s) => { s.points[1].kinds.push('confidential'); }, [{ path: 'points[1].kinds[2]', reason: 'duplicate kind "confidential"' }]],
    ['duplicate point id', (s) => { s.points[2].id = 'testby-1'; s.checklist = ['testby-1', 'testby-2']; }, [{ path: 'points[2].id', reason: 'duplicate id "testby-1"' }]],
    ['point id of another set', (s) => { s.points[0].id = 'oslo-1'; s.checklist = ['testby-2']; }, [{ path: 'points[0].id', reason: 'must start with "testby-"' }]],
    ['point id with a space', (s) => { s.points[0].id = 'testby-1 a'; s.checklist = ['testby-2']; }, [{ path: 'points[0].id', reason: 'must be "testby-" followed by up to 40 letters, digits, dots or hyphens' }]],
    ['set id in capitals', (s) => { s.id = 'Testby'; }, [{ path: 'id', reason: 'must be 2–40 lowercase letters, digits or hyphens, starting with a letter or digit' }]],
    ['checklist names an unknown point', (s) => { s.checklist.splice(1, 0, 'testby-9'); }, [{ path: 'checklist[1]', reason: 'unknown point "testby-9"' }]],
    ['checklist names a point twice', (s) => { s.checklist.push('testby-1'); }, [{ path: 'checklist[3]', reason: 'duplicate point "testby-1"' }]],
    ['checklist entry not a string', (s) => { s.checklist[0] = 1; }, [{ path: 'checklist[0]', reason: 'must be a string' }]],
    ['oversize text', (s) => { s.points[0].text = 'x'.repeat(8001); }, [{ path: 'points[0].text', reason: 'too long (8001 characters, max 8000)' }]],
    ['oversize name', (s) => { s.name = 'x'.repeat(201); }, [{ path: 'name', reason: 'too long (201 characters, max 200)' }]],
    ['301 points', (s) => { s.points = Array.from({ length: 301 }, (_, i) => ({ id: `testby-${i}`, number: `${i}`, text: 't', kinds: [] })); s.checklist = []; }, [{ path: 'points', reason: 'too many items (301, max 300)' }]],
    ['a date that does not exist', (s) => { s.adopted = '2016-02-30'; }, [{ path: 'adopted', reason: 'must be a real date as YYYY-MM-DD' }]],
    ['a date as the document writes it', (s) => { s.adopted = '7.1 2016'; }, [{ path: 'adopted', reason: 'must be a real date as YYYY-MM-DD' }]],
    ['extra top-level field', (s) => { s.colour = 'blue'; }, [{ path: 'colour', reason: 'unknown field' }]],
    ['misspelt point field', (s) => { s.points[2].kind = s.points[2].kinds; delete s.points[2].kinds; }, [{ path: 'points[2].kind', reason: 'unknown field' }, { path: 'points[2].kinds', reason: 'missing' }]],
    ['disclaimer in an unknown language', (s) => { s.disclaimers.de = 'Privat.'; }, [{ path: 'disclaimers.de', reason: 'unknown language "de"' }]],
    ['employer domain that is a name', (s) => { s.employer.emailDomains = ['Testby']; }, [{ path: 'employer.emailDomains[0]', reason: 'not a lowercase domain name: "Testby"' }]],
    ['no employer names', (s) => { s.employer.names = []; }, [{ path: 'employer.names', reason: 'must not be empty' }]],
    ['a javascript: link', (s) => { s.source.url = 'javascript:alert(1)'; }, [{ path: 'source.url', reason: 'must be an http(s) URL' }]],
    ['__proto__ at the top, via JSON.parse', (s) => JSON.parse(withKeyFirst('__proto__', { polluted: true }, JSON.stringify(s))), [{ path: '__proto__', reason: 'forbidden key "__proto__"' }]],
    ['__proto__ in a point, via JSON.parse', (s) => JSON.parse(JSON.stringify(s).replace('{"id":"testby-2"', '{"__proto__":{"kinds":["work_email"]},"id":"testby-2"')), [{ path: 'points[1].__proto__', reason: 'forbidden key "__proto__"' }]],
    ['constructor inside an unknown field', (s) => { s.extra = { deep: [{ constructor: { prototype: 1 } }] }; }, [{ path: 'extra.deep[0].constructor', reason: 'forbidden key "constructor"' }, { path: 'extra', reason: 'unknown field' }]],
    ['prototype in the disclaimers', (s) => { s.disclaimers.prototype = 'x'; }, [{ path: 'disclaimers.prototype', reason: 'forbidden key "prototype"' }]],
    ['an odd key is quoted in the path', (s) => { s.source['a b'] = 1; }, [{ path: 'source["a b"]', reason: 'unknown field' }]],
  ];

  it.each(cases)('%s', (_name, breakIt, expected) => {
    const set = validSet();
    const replaced = breakIt(set);
    expect(errorsOf(replaced ?? set)).toEqual(expected);
  });

  it('reports every error of a badly broken set, not just the first', () => {
    const s = validSet();
    s.name = 1;
    s.language = 'xx';
    s.points[0].text = 2;
    s.points[1].kinds = ['nope'];
    s.checklist.push('testby-7');
    expect(errorsOf(s).map((e) => e.path)).toEqual(['name', 'language', 'points[0].text', 'points[1].kinds[0]', 'checklist[3]']);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'set'],
    ['a number', 42],
    ['undefined', undefined],
    ['a Map', new Map([['id', 'testby']])],
  ])('refuses %s as a whole', (_name, value) => {
    expect(errorsOf(value)).toEqual([{ path: '', reason: 'must be an object' }]);
  });

  it('does not run getters on the input', () => {
    const s = validSet();
    Object.defineProperty(s, 'name', { enumerable: true, get: () => { throw new Error('getter ran'); } });
    expect(errorsOf(s)).toEqual([{ path: 'name', reason: 'must be plain data' }]);
  });

  it('stops at deep nesting and at a flood of errors', () => {
    const s = validSet();
    let deep: unknown = 1;
    for (let i = 0; i < 50; i++) deep = [deep];
    s.extra = deep;
    expect(errorsOf(s)).toContainEqual({ path: 'extra[0][0][0][0][0][0][0][0]', reason: 'nested too deeply' });

    const flood = validSet();
    flood.checklist = Array.from({ length: 300 }, (_, i) => `testby-x${i}`);
    const errors = errorsOf(flood);
    expect(errors).toHaveLength(101);
    expect(errors.at(-1)!.reason).toMatch(/too many errors/);
  });

  it('lets nothing reach Object.prototype', () => {
    const parsed = JSON.parse(withKeyFirst('__proto__', { polluted: true }, JSON.stringify(validSet())));
    validateGuidelineSet(parsed);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('formatValidationErrors', () => {
  it('writes one line per error with its path', () => {
    const text = formatValidationErrors([
      { path: '', reason: 'must be an object' },
      { path: 'points[3].text', reason: 'missing' },
    ]);
    expect(text.split('\n')).toEqual(['- (top level): must be an object', '- points[3].text: missing']);
  });
});
