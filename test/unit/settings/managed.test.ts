// Managed settings (browser policy): reading storage.managed defensively,
// validating each value, and applyManaged's rules: a preset the user may
// change unless locked, the employer's workplaces always included, the
// employer's disclaimers overriding the user's. And the worker's context.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../helpers/fake-browser.ts')).createFakeBrowser() }));

import browser from 'webextension-polyfill';
import { currentContext, dropContextOnStorageChange } from '../../../src/background/context.ts';
import type { GuidelineSet } from '../../../src/engine/index.ts';
import { MAX_SET_BYTES } from '../../../src/guidelines/schema.ts';
import {
  applyManaged,
  combineSettings,
  defaultSettings,
  importSet,
  onManagedPolicyChanged,
  parseManagedPolicy,
  readManagedPolicy,
  saveSettings,
  STORAGE_KEYS,
  type ManagedPolicy,
  type Settings,
} from '../../../src/settings/index.ts';
import type { FakeBrowser } from '../helpers/fake-browser.ts';

const fake = browser as unknown as FakeBrowser;
const TEMPLATE = readFileSync(path.resolve(import.meta.dirname, '../../../docs/guideline-set-template.json'), 'utf8');
const template = (): GuidelineSet => JSON.parse(TEMPLATE) as GuidelineSet;

function settings(patch: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...patch };
}

beforeEach(() => {
  fake.fake.reset();
  vi.clearAllMocks();
});

describe('parseManagedPolicy', () => {
  it('keeps every valid value', () => {
    const warn = vi.fn();
    const policy = parseManagedPolicy(
      {
        setId: 'norsjo',
        lockSet: true,
        workplaces: [' Norsjö skola ', 'hemtjänsten', 'HEMTJÄNSTEN'],
        disclaimers: { sv: ' Jag skriver privat. ', en: 'My own views.' },
        guidelineSet: TEMPLATE,
      },
      warn,
    );
    expect(policy).toEqual({
      setId: 'norsjo',
      lockSet: true,
      workplaces: ['Norsjö skola', 'hemtjänsten'],
      disclaimers: { sv: 'Jag skriver privat.', en: 'My own views.' },
      guidelineSet: template(),
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads no policy as {} without a warning', () => {
    const warn = vi.fn();
    expect(parseManagedPolicy(undefined, warn)).toEqual({});
    expect(parseManagedPolicy({}, warn)).toEqual({});
    expect(warn).not.toHaveBeenCalled();
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['a set id of the wrong type', { setId: 5 }, /"setId" ignored/],
    ['a set id that is no id', { setId: 'Ringebu kommune' }, /"setId" ignored/],
    ['lockSet as text', { lockSet: 'yes' }, /"lockSet" ignored/],
    ['workplaces as text', { workplaces: 'Skolen' }, /"workplaces" ignored/],
    ['disclaimers as a list', { disclaimers: ['x'] }, /"disclaimers" ignored/],
    ['a disclaimer in an unknown language', { disclaimers: { de: 'Privat.' } }, /"disclaimers.de" ignored/],
    ['an empty disclaimer', { disclaimers: { nb: '  ' } }, /"disclaimers.nb" ignored/],
    ['an overlong disclaimer', { disclaimers: { nb: 'x'.repeat(401) } }, /"disclaimers.nb" ignored/],
    ['a set that is not JSON', { guidelineSet: '{nope' }, /"guidelineSet" ignored: not valid JSON/],
    ['a set that breaks the schema', { guidelineSet: '{"schemaVersion": 1}' }, /"guidelineSet" ignored: not a valid guideline set \(.*name: missing/],
    ['a set over the size limit', { guidelineSet: 'x'.repeat(MAX_SET_BYTES + 1) }, /"guidelineSet" ignored: larger than/],
    ['a set with a built-in id', { guidelineSet: TEMPLATE.replaceAll('eksempel', 'ringebu') }, /"guidelineSet" ignored: "ringebu" is a built-in set/],
    ['a set as a number', { guidelineSet: 12 }, /"guidelineSet" ignored/],
    ['an unknown key', { colour: 'blue' }, /unknown key ignored: colour/],
  ])('ignores %s with a warning, never throwing', (_label, raw, message) => {
    const warn = vi.fn();
    const policy = parseManagedPolicy({ ...raw, setId: raw.setId ?? 'utsira' }, warn);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(message));
    // The broken value is gone; the others still count.
    for (const key of Object.keys(raw)) expect(policy).not.toHaveProperty(key);
    if (!('setId' in raw)) expect(policy.setId).toBe('utsira');
  });

  it('keeps the readable workplaces of a partly broken list and says so', () => {
    const warn = vi.fn();
    expect(parseManagedPolicy({ workplaces: ['Skolen', 5, 'x'.repeat(500), 'Barnehagen'] }, warn).workplaces).toEqual(['Skolen', 'Barnehagen']);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('takes a set given as an object (Firefox policies.json has no schema)', () => {
    expect(parseManagedPolicy({ guidelineSet: template() }, vi.fn()).guidelineSet?.id).toBe('eksempel');
  });

  it('ignores a policy that is not an object', () => {
    const warn = vi.fn();
    expect(parseManagedPolicy(['setId'], warn)).toEqual({});
    expect(parseManagedPolicy('norsjo', warn)).toEqual({});
    expect(warn).toHaveBeenCalledTimes(2);
  });
});

describe('readManagedPolicy', () => {
  it('reads and validates storage.managed', async () => {
    fake.fake.setPolicy({ setId: 'norsjo', lockSet: 'no' });
    const warn = vi.fn();
    expect(await readManagedPolicy(warn)).toEqual({ setId: 'norsjo' });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('reads {} when get() rejects (Firefox without a policy)', async () => {
    fake.fake.setPolicy('reject');
    await expect(readManagedPolicy(vi.fn())).resolves.toEqual({});
  });

  it('reads {} when the browser has no managed area', async () => {
    fake.fake.setPolicy('absent');
    await expect(readManagedPolicy(vi.fn())).resolves.toEqual({});
  });

  it('tells listeners about changes in the managed area only', async () => {
    const seen: ManagedPolicy[] = [];
    const stop = onManagedPolicyChanged((p) => seen.push(p), vi.fn());
    await fake.storage.local.set({ settings: settings() });
    fake.fake.setPolicy({ setId: 'utsira' }, true);
    await vi.waitFor(() => expect(seen).toEqual([{ setId: 'utsira' }]));
    stop();
    fake.fake.setPolicy({ setId: 'norsjo' }, true);
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveLength(1);
  });
});

describe('applyManaged', () => {
  it('changes nothing without a policy', () => {
    const mine = settings({ setId: 'utsira', setChosen: true, workplaces: ['Skolen'], disclaimers: { nb: 'Privat.' } });
    const { settings: out, managed } = applyManaged(mine, {});
    expect(out).toEqual(mine);
    expect(out).not.toBe(mine);
    expect(managed).toEqual({});
  });

  it('applies a preset while the user has not chosen a set', () => {
    const { settings: out, managed } = applyManaged(settings({ setId: 'utsira' }), { setId: 'norsjo' });
    expect(out.setId).toBe('norsjo');
    expect(managed).toEqual({ setId: 'preset', presetSetId: 'norsjo' });
  });

  it("lets the user's own choice win over a preset", () => {
    const { settings: out, managed } = applyManaged(settings({ setId: 'utsira', setChosen: true }), { setId: 'norsjo', lockSet: false });
    expect(out.setId).toBe('utsira');
    expect(managed.setId).toBe('preset');
  });

  it("enforces a locked set over the user's choice", () => {
    const { settings: out, managed } = applyManaged(settings({ setId: 'utsira', setChosen: true }), { setId: 'norsjo', lockSet: true });
    expect(out.setId).toBe('norsjo');
    expect(managed).toEqual({ setId: 'locked', presetSetId: 'norsjo' });
  });

  it('ignores a set id the extension does not have, and lockSet without a set', () => {
    expect(applyManaged(settings({ setId: 'utsira' }), { setId: 'gamleby', lockSet: true })).toEqual({ settings: settings({ setId: 'utsira' }), managed: {} });
    expect(applyManaged(settings(), { lockSet: true }).managed).toEqual({});
  });

  it("knows the policy's own set and imported sets", () => {
    const own = applyManaged(settings(), { guidelineSet: template(), lockSet: true });
    expect(own.settings.setId).toBe('eksempel');
    expect(own.managed.setId).toBe('locked');
    const imported = applyManaged(settings(), { setId: 'mitt-sett' }, { isKnownSet: (id) => id === 'mitt-sett' });
    expect(imported.settings.setId).toBe('mitt-sett');
  });

  it("always includes the employer's workplaces, the user's own after them", () => {
    const { settings: out, managed } = applyManaged(settings({ workplaces: ['hjemmetjenesten', 'Min hobby'] }), {
      workplaces: ['Ringebu ungdomsskole', 'Hjemmetjenesten'],
    });
    expect(out.workplaces).toEqual(['Ringebu ungdomsskole', 'Hjemmetjenesten', 'Min hobby']);
    expect(managed.workplaces).toEqual(['Ringebu ungdomsskole', 'Hjemmetjenesten']);
  });

  it("overrides the user's disclaimers for the employer's languages only", () => {
    const { settings: out, managed } = applyManaged(settings({ disclaimers: { nb: 'Mitt eget.', en: 'Mine.' } }), {
      disclaimers: { nb: 'Arbeidsgiverens tekst.', sv: 'Arbetsgivarens text.' },
    });
    expect(out.disclaimers).toEqual({ nb: 'Arbeidsgiverens tekst.', sv: 'Arbetsgivarens text.', en: 'Mine.' });
    expect(managed.disclaimers).toEqual(['nb', 'sv']);
  });

  it('does not change the settings it was given', () => {
    const mine = settings({ workplaces: ['A'], disclaimers: { nb: 'x' } });
    const copy = structuredClone(mine);
    applyManaged(mine, { setId: 'norsjo', lockSet: true, workplaces: ['B'], disclaimers: { nb: 'y' } });
    expect(mine).toEqual(copy);
  });
});

describe('combineSettings', () => {
  it("lists built-in, then the employer's set, then imported sets", () => {
    const imported = { ...template(), id: 'importert' } as GuidelineSet;
    const view = combineSettings(settings(), [imported], { guidelineSet: template() });
    expect(view.sets.map((e) => `${e.origin}:${e.set.id}`)).toEqual([
      'builtin:romskog',
      'builtin:ringebu',
      'builtin:norsjo',
      'builtin:utsira',
      'managed:eksempel',
      'imported:importert',
    ]);
  });

  it("hides an imported set that has the employer's set's id", () => {
    const imported = { ...template(), name: 'Gammel' };
    const view = combineSettings(settings({ setId: 'eksempel', setChosen: true }), [imported], { guidelineSet: template() });
    expect(view.sets.filter((e) => e.set.id === 'eksempel')).toEqual([{ set: template(), origin: 'managed' }]);
    expect(view.set?.name).toBe('Eksempel kommune');
  });

  it('uses no set for an id that names no set (never another municipality\'s)', () => {
    const view = combineSettings(settings({ setId: 'borte' }), [], {});
    expect(view.set).toBeNull();
    expect(view.settings.setId).toBeNull();
  });
});

describe('the worker context', () => {
  dropContextOnStorageChange();
  const nextTick = () => new Promise((r) => setTimeout(r, 0));

  it('analyses with an imported set when it is selected', async () => {
    await importSet(TEMPLATE);
    await saveSettings({ setId: 'eksempel' });
    await nextTick();
    const { analysis } = await currentContext();
    expect(analysis.set.id).toBe('eksempel');
  });

  it("uses the employer's locked set, workplaces and disclaimers, and follows policy changes", async () => {
    await fake.storage.local.set({ [STORAGE_KEYS.settings]: settings({ setId: 'utsira', setChosen: true, workplaces: ['Egen'] }) });
    await nextTick();
    expect((await currentContext()).analysis.set.id).toBe('utsira');
    fake.fake.setPolicy({ setId: 'norsjo', lockSet: true, workplaces: ['Norsjö skola'], disclaimers: { sv: 'Privat.' } }, true);
    await nextTick();
    const { analysis, settings: inEffect } = await currentContext();
    expect(analysis.set.id).toBe('norsjo');
    expect(analysis.profile.workplaces).toEqual(['Norsjö skola', 'Egen']);
    expect(analysis.profile.disclaimers).toEqual({ sv: 'Privat.' });
    expect(inEffect.setId).toBe('norsjo');
    fake.fake.setPolicy({}, true);
    await nextTick();
    expect((await currentContext()).analysis.set.id).toBe('utsira');
  });

  it('rolls out a set that is not built in', async () => {
    fake.fake.setPolicy({ guidelineSet: TEMPLATE }, true);
    await fake.storage.local.set({ [STORAGE_KEYS.settings]: settings() });
    await nextTick();
    const { analysis } = await currentContext();
    expect(analysis.set.id).toBe('eksempel');
    expect(analysis.set.points[0]?.id).toBe('eksempel-3');
  });

  it('works as before when storage.managed rejects', async () => {
    fake.fake.setPolicy('reject', true);
    await fake.storage.local.set({ [STORAGE_KEYS.settings]: settings({ setId: 'romskog' }) });
    await nextTick();
    expect((await currentContext()).analysis.set.id).toBe('romskog');
  });
});
