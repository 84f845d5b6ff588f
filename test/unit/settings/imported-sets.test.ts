// Imported guideline sets: import, refusal (which must change nothing in
// storage), replace with confirmation, remove (falling back to the default
// set with the usual notice), export, re-validation of what is stored, and
// hostile files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../helpers/fake-browser.ts')).createFakeBrowser() }));

import browser from 'webextension-polyfill';
import type { GuidelineSet } from '../../../src/engine/index.ts';
import { MAX_SET_BYTES } from '../../../src/guidelines/schema.ts';
import { resolveGuidelineSet } from '../../../src/guidelines/catalogue.ts';
import {
  checkSetText,
  exportSet,
  importSet,
  LIMITS,
  loadImportedSets,
  loadSettings,
  readImportedSets,
  removeSet,
  saveSettings,
  setToJson,
  STORAGE_KEYS,
  takePendingNotices,
  type Settings,
} from '../../../src/settings/index.ts';
import type { FakeBrowser } from '../helpers/fake-browser.ts';

const fake = browser as unknown as FakeBrowser;
const local = fake.storage.local;

const TEMPLATE = readFileSync(path.resolve(import.meta.dirname, '../../../docs/guideline-set-template.json'), 'utf8');
const template = (): GuidelineSet => JSON.parse(TEMPLATE) as GuidelineSet;

/** A valid set with another id (and its point ids to match). */
function variant(id: string, name = `${id} kommune`): GuidelineSet {
  const set = template();
  set.id = id;
  set.name = name;
  set.points = set.points.map((p) => ({ ...p, id: p.id.replace(/^eksempel-/, `${id}-`) }));
  set.checklist = set.checklist.map((c) => c.replace(/^eksempel-/, `${id}-`));
  return set;
}

const storedMap = () => local.data.get(STORAGE_KEYS.importedSets) as Record<string, GuidelineSet> | undefined;
const storedSettings = () => local.data.get(STORAGE_KEYS.settings) as Settings | undefined;
/** Everything in storage.local, for "nothing changed" checks. */
const snapshot = () => JSON.stringify([...local.data.entries()]);

beforeEach(() => {
  fake.fake.reset();
  vi.clearAllMocks();
});

describe('importSet', () => {
  it('stores a valid set under importedSets, keyed by its id', async () => {
    const result = await importSet(TEMPLATE);
    expect(result).toMatchObject({ ok: true, replaced: false });
    if (!result.ok) throw new Error('refused');
    expect(result.set.id).toBe('eksempel');
    expect(Object.keys(storedMap() ?? {})).toEqual(['eksempel']);
    expect(storedMap()?.eksempel).toEqual(template());
    expect((await loadImportedSets()).map((s) => s.id)).toEqual(['eksempel']);
    expect(fake.storage.sync.set).not.toHaveBeenCalled();
  });

  it('makes the imported id a set the settings may name', async () => {
    await expect(saveSettings({ setId: 'eksempel' })).rejects.toThrow(RangeError);
    await importSet(TEMPLATE);
    await saveSettings({ setId: 'eksempel' });
    expect(storedSettings()?.setId).toBe('eksempel');
    const loaded = await loadSettings();
    expect(loaded.settings.setId).toBe('eksempel');
    expect(loaded.notices).toEqual([]);
  });

  it('accepts a byte-order mark at the start of the file', async () => {
    expect((await importSet(`\uFEFF${TEMPLATE}`)).ok).toBe(true);
  });

  it('reports a JSON syntax error with a reason and stores nothing', async () => {
    local.data.set(STORAGE_KEYS.settings, { version: 1, setId: 'utsira' });
    const before = snapshot();
    const result = await importSet('{"schemaVersion": 1, "id": "x",, }');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.path).toBe('');
    expect(result.errors[0]?.reason).toMatch(/^not valid JSON: \S/);
    expect(snapshot()).toBe(before);
    expect(local.set).not.toHaveBeenCalled();
    expect(local.remove).not.toHaveBeenCalled();
  });

  it('lists every schema error with its path and stores nothing', async () => {
    const broken = template() as unknown as Record<string, unknown>;
    delete broken.name;
    const points = broken.points as Record<string, unknown>[];
    points[0] = { ...points[0], kinds: ['gossip'] };
    points[1] = { ...points[1], id: 'other-4' };
    broken.checklist = ['eksempel-3', 'eksempel-99'];
    await importSet(TEMPLATE.replace('"eksempel"', '"eksempel-gammel"').replaceAll('"eksempel-', '"eksempel-gammel-'));
    const before = snapshot();
    const result = await importSet(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { path: 'name', reason: 'missing' },
        { path: 'points[0].kinds[0]', reason: 'unknown kind "gossip"' },
        { path: 'points[1].id', reason: 'must start with "eksempel-"' },
        { path: 'checklist[1]', reason: 'unknown point "eksempel-99"' },
      ]),
    );
    expect(snapshot()).toBe(before);
  });

  it('refuses a file over MAX_SET_BYTES before parsing it', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const huge = `{"x":"${'a'.repeat(MAX_SET_BYTES)}"}`;
    const result = await importSet(huge);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.reason).toMatch(/too large/);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(local.set).not.toHaveBeenCalled();
  });

  it('counts bytes, not characters: short text in a multi-byte script is still too large', () => {
    const text = `"${'ø'.repeat(MAX_SET_BYTES / 2 + 10)}"`;
    expect(text.length).toBeLessThan(MAX_SET_BYTES);
    const result = checkSetText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.reason).toMatch(/too large/);
  });

  it('refuses an id of a built-in set: built-in sets cannot be overwritten', async () => {
    const result = await importSet(JSON.stringify(variant('ringebu')));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]?.path).toBe('id');
      expect(result.errors[0]?.reason).toContain('built-in');
      expect(result.existing).toBeUndefined();
    }
    expect(local.set).not.toHaveBeenCalled();
    expect(resolveGuidelineSet('ringebu')?.name).toBe('Ringebu kommune');
  });

  it('replaces an imported set of the same id only when the caller confirms', async () => {
    await importSet(TEMPLATE);
    const newer = template();
    newer.name = 'Eksempel kommune (2025)';
    local.set.mockClear();
    const before = snapshot();

    const asked = await importSet(JSON.stringify(newer));
    expect(asked).toMatchObject({ ok: false, existing: { id: 'eksempel', name: 'Eksempel kommune' } });
    if (!asked.ok) expect(asked.errors[0]).toMatchObject({ path: 'id' });
    expect(snapshot()).toBe(before);
    expect(local.set).not.toHaveBeenCalled();

    const replaced = await importSet(JSON.stringify(newer), { replace: true });
    expect(replaced).toMatchObject({ ok: true, replaced: true });
    expect(storedMap()?.eksempel?.name).toBe('Eksempel kommune (2025)');
    expect(Object.keys(storedMap() ?? {})).toEqual(['eksempel']);
  });

  it(`keeps at most ${LIMITS.importedSets} sets`, async () => {
    for (let i = 0; i < LIMITS.importedSets; i++) expect((await importSet(JSON.stringify(variant(`sett${i}`)))).ok).toBe(true);
    const before = snapshot();
    const result = await importSet(JSON.stringify(variant('enformange')));
    expect(result.ok).toBe(false);
    expect(snapshot()).toBe(before);
    // Replacing one of them is still possible.
    expect((await importSet(JSON.stringify(variant('sett0', 'Ny')), { replace: true })).ok).toBe(true);
  });

  it('refuses the id of the set the employer rolls out by policy', async () => {
    fake.fake.setPolicy({ guidelineSet: JSON.stringify(variant('firma')) });
    const result = await importSet(JSON.stringify(variant('firma')));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.reason).toContain('employer');
    expect(local.set).not.toHaveBeenCalled();
  });
});

describe('removeSet', () => {
  it('removes an unselected set and leaves the settings alone', async () => {
    await importSet(TEMPLATE);
    await importSet(JSON.stringify(variant('annen')));
    await saveSettings({ setId: 'annen' });
    expect(await removeSet('eksempel')).toEqual({ removed: true, wasSelected: false });
    expect(Object.keys(storedMap() ?? {})).toEqual(['annen']);
    expect(storedSettings()?.setId).toBe('annen');
    expect(await takePendingNotices()).toEqual([]);
  });

  it('falls back to the default set with the set_unavailable notice when the selected set goes', async () => {
    await importSet(TEMPLATE);
    await saveSettings({ setId: 'eksempel' });
    expect(await removeSet('eksempel')).toEqual({ removed: true, wasSelected: true });
    expect(local.data.has(STORAGE_KEYS.importedSets)).toBe(false);
    expect(storedSettings()?.setId).toBeNull();
    expect(await takePendingNotices()).toEqual([{ code: 'set_unavailable', setId: 'eksempel' }]);
  });

  it('reports an unknown id as not removed', async () => {
    expect(await removeSet('ingen')).toEqual({ removed: false, wasSelected: false });
  });
});

describe('exportSet', () => {
  it('gives pretty JSON that imports again as the same set', async () => {
    await importSet(TEMPLATE);
    const text = await exportSet('eksempel');
    expect(text).toBeDefined();
    expect(text?.split('\n')[1]).toBe('  "schemaVersion": 1,');
    expect(text?.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text ?? '')).toEqual(template());
    expect(await importSet(text ?? '', { replace: true })).toMatchObject({ ok: true, replaced: true });
    expect(setToJson(template())).toBe(text);
  });

  it('is undefined for a set Varsom does not have', async () => {
    expect(await exportSet('ingen')).toBeUndefined();
  });
});

describe('stored sets are re-validated', () => {
  it('drops an invalid stored set, keeps the valid ones, repairs storage and tells the user once', async () => {
    const damaged = { ...variant('skadet'), points: 'not a list' };
    local.data.set(STORAGE_KEYS.importedSets, { eksempel: template(), skadet: damaged });
    const sets = await loadImportedSets();
    expect(sets.map((s) => s.id)).toEqual(['eksempel']);
    expect(Object.keys(storedMap() ?? {})).toEqual(['eksempel']);
    expect(await takePendingNotices()).toEqual([{ code: 'imported_set_invalid', setId: 'skadet' }]);
    await loadImportedSets();
    expect(await takePendingNotices()).toEqual([]);
  });

  it('drops an entry stored under another id than its own, or under a built-in id', () => {
    const read = readImportedSets({ feil: template(), ringebu: variant('ringebu') });
    expect(read.sets).toEqual([]);
    expect(read.dropped).toEqual(['feil', 'ringebu']);
  });

  it.each([
    ['a string', 'garbage'],
    ['an array', [template()]],
    ['a number', 42],
  ])('never throws for %s stored instead of the map', async (_label, raw) => {
    local.data.set(STORAGE_KEYS.importedSets, raw);
    await expect(loadImportedSets()).resolves.toEqual([]);
    expect(local.data.has(STORAGE_KEYS.importedSets)).toBe(false);
    expect((await takePendingNotices()).map((n) => n.code)).toEqual(['corrupted_reset']);
  });

  it('treats a selected set that no longer validates as unavailable', async () => {
    local.data.set(STORAGE_KEYS.importedSets, { eksempel: { ...template(), schemaVersion: 2 } });
    local.data.set(STORAGE_KEYS.settings, { version: 1, setId: 'eksempel', setChosen: true });
    const loaded = await loadSettings();
    expect(loaded.settings.setId).toBeNull();
    expect(loaded.settings.setChosen).toBeUndefined();
    expect(loaded.notices).toEqual([{ code: 'set_unavailable', setId: 'eksempel' }]);
  });
});

describe('hostile files', () => {
  it('refuses deep nesting without throwing', async () => {
    const depth = 100_000;
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const result = await importSet(deep);
    expect(result.ok).toBe(false);
    const nested = JSON.stringify({ ...template(), source: { title: 'x', document: JSON.parse(`${'{"a":'.repeat(50)}1${'}'.repeat(50)}`) } });
    const second = await importSet(nested);
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.errors.some((e) => e.reason === 'nested too deeply' || e.path.startsWith('source.document'))).toBe(true);
    expect(local.set).not.toHaveBeenCalled();
  });

  it('refuses __proto__, constructor and prototype keys and pollutes nothing', async () => {
    const text = TEMPLATE.replace('"schemaVersion": 1,', '"schemaVersion": 1, "__proto__": {"polluted": true}, "employer2": {"constructor": {"prototype": {"polluted": true}}},');
    const result = await importSet(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual(expect.arrayContaining([{ path: '__proto__', reason: 'forbidden key "__proto__"' }]));
      expect(result.errors.some((e) => e.reason === 'forbidden key "constructor"')).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(local.set).not.toHaveBeenCalled();
  });

  it('drops a stored map entry under a __proto__ key', () => {
    const raw = JSON.parse(`{"__proto__": ${TEMPLATE}}`) as unknown;
    const read = readImportedSets(raw);
    expect(read.sets).toEqual([]);
    expect(read.dropped).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).id).toBeUndefined();
  });

  it('keeps markup in a point as plain data (the pages render it as text)', async () => {
    const set = template();
    set.points[0] = { ...set.points[0]!, text: '<img src=x onerror=alert(1)>' };
    const result = await importSet(JSON.stringify(set));
    expect(result.ok).toBe(true);
    expect(storedMap()?.eksempel?.points[0]?.text).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('the worker resolves imported sets', () => {
  it('uses an extra set by id, built-in ids as before, and none for an unknown id or no choice', () => {
    const extra = [variant('annen')];
    expect(resolveGuidelineSet('annen', extra)?.name).toBe('annen kommune');
    expect(resolveGuidelineSet('norsjo', extra)?.id).toBe('norsjo');
    expect(resolveGuidelineSet('ingen', extra)).toBeUndefined();
    expect(resolveGuidelineSet(null, extra)).toBeUndefined();
  });
});
