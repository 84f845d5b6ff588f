// Until the user chooses a guideline set, nothing is preselected: the
// settings hold no set, a user who had one keeps it, the worker's answer says
// "no set" (and its guard is strict about it), drafts still get findings but
// no quote, the disclaimer offered follows the draft's language, and a fresh
// install opens the welcome unless the employer's policy has chosen.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../helpers/fake-browser.ts')).createFakeBrowser() }));

import browser from 'webextension-polyfill';
import { welcomeIfNoSet } from '../../../src/background/first-run.ts';
import { NO_SET } from '../../../src/guidelines/catalogue.ts';
import { type AnalysisContext, analyze, type GuidelineSet, type Lang } from '../../../src/engine/index.ts';
import { NEUTRAL_DISCLAIMERS } from '../../../src/engine/disclaimer-text.ts';
import { findBuiltinSet } from '../../../src/guidelines/index.ts';
import { validateGuidelineSet } from '../../../src/guidelines/schema.ts';
import { combineSettings } from '../../../src/settings/effective.ts';
import { parseStoredSettings } from '../../../src/settings/parse.ts';
import { applySettingsPatch } from '../../../src/settings/patch.ts';
import { defaultSettings, STORAGE_KEYS } from '../../../src/settings/settings.ts';
import { isAnalyzeResponse, parseWorkerRequest } from '../../../src/shared/messages.ts';
import type { FakeBrowser } from '../helpers/fake-browser.ts';

const fake = browser as unknown as FakeBrowser;

function builtin(id: string): GuidelineSet {
  const set = findBuiltinSet(id);
  if (set === undefined) throw new Error(`${id} is not built in`);
  return set;
}

describe('settings: nothing preselected', () => {
  it('has no set in the defaults, and none in effect without a policy', () => {
    expect(defaultSettings().setId).toBeNull();
    expect(parseStoredSettings(undefined).settings.setId).toBeNull();
    expect(combineSettings(defaultSettings(), [], {}).set).toBeNull();
  });

  it('reads a stored null as "not chosen", not as damage', () => {
    const loaded = parseStoredSettings({ ...defaultSettings(), setId: null, uiLanguage: 'nn' });
    expect(loaded.settings.setId).toBeNull();
    expect(loaded.settings.uiLanguage).toBe('nn');
    expect(loaded.notices).toEqual([]);
  });

  it('keeps the set of a user who already had one stored (earlier versions stored Ringebu by default)', () => {
    const loaded = parseStoredSettings({ version: 1, setId: 'ringebu', uiLanguage: 'auto', workplaces: [], disclaimers: {}, sites: {} });
    expect(loaded.settings.setId).toBe('ringebu');
    expect(loaded.notices).toEqual([]);
    expect(combineSettings(loaded.settings, [], {}).set?.id).toBe('ringebu');
  });

  it('carries a version 0 municipality over as the chosen set', () => {
    const loaded = parseStoredSettings({ municipality: 'Utsira kommune', lang: 'no' });
    expect(loaded.settings.setId).toBe('utsira');
    expect(loaded.notices.map((n) => n.code)).toEqual(['migrated']);
  });

  it('still treats a set id of the wrong type as damage, and then chooses nothing', () => {
    const loaded = parseStoredSettings({ ...defaultSettings(), setId: 42 });
    expect(loaded.settings.setId).toBeNull();
    expect(loaded.notices.map((n) => n.code)).toEqual(['corrupted_reset']);
  });

  it('lets the employer’s preset count as the choice, and the user’s own choice win over it', () => {
    expect(combineSettings(defaultSettings(), [], { setId: 'norsjo' }).set?.id).toBe('norsjo');
    const chosen = applySettingsPatch(defaultSettings(), { setId: 'utsira' });
    expect(chosen).toMatchObject({ setId: 'utsira', setChosen: true });
    expect(combineSettings(chosen, [], { setId: 'norsjo' }).set?.id).toBe('utsira');
  });

  it('never clears a chosen set through a patch: null only withdraws the choice from a preset', () => {
    const next = applySettingsPatch({ ...defaultSettings(), setId: 'utsira', setChosen: true }, { setId: null });
    expect(next.setId).toBe('utsira');
    expect(next.setChosen).toBeUndefined();
  });
});

describe('the analyze answer says when no set is chosen', () => {
  const finding = { kind: 'work_no_disclaimer', severity: 'medium', spans: [[0, 8]], points: [], message: { key: 'k', params: {} } };

  it('accepts a named set, or null for "none chosen"', () => {
    expect(isAnalyzeResponse({ findings: [finding], set: { id: 'ringebu', name: 'Ringebu kommune', language: 'nb' } })).toBe(true);
    expect(isAnalyzeResponse({ findings: [finding], set: null })).toBe(true);
  });

  it.each([
    ['a missing set', { findings: [] }],
    ['an undefined set', { findings: [], set: undefined }],
    ['a set without a language', { findings: [], set: { id: 'ringebu', name: 'Ringebu kommune' } }],
    ['an unknown language', { findings: [], set: { id: 'ringebu', name: 'Ringebu kommune', language: 'da' } }],
    ['an empty name', { findings: [], set: { id: 'ringebu', name: '', language: 'nb' } }],
    ['an extra field', { findings: [], set: { id: 'ringebu', name: 'Ringebu kommune', language: 'nb', text: 'x' } }],
    ['a set that is a string', { findings: [], set: 'ringebu' }],
    ['findings that are not a list', { findings: {}, set: null }],
  ])('refuses %s', (_label, value) => {
    expect(isAnalyzeResponse(value)).toBe(false);
  });

  it('knows the request that opens the choice, and nothing rides along with it', () => {
    expect(parseWorkerRequest({ type: 'open-set-choice', url: 'https://example.com' })).toEqual({ type: 'open-set-choice' });
  });
});

describe('the disclaimer follows the draft language', () => {
  const WORK: Record<Lang, string> = {
    nb: 'Kommunen har kuttet i hjemmetjenesten igjen!',
    nn: 'Kommunen har kutta i heimetenesta att, og eg er lei meg for det.',
    sv: 'Kommunen har skurit ner på hemtjänsten igen!',
    en: 'The municipality has cut home care again!',
  };
  const ctx = (set: GuidelineSet, own: Partial<Record<Lang, string>> = {}): AnalysisContext => ({
    set,
    profile: { workplaces: [], peopleFromWork: [], disclaimers: own },
  });
  const offered = (text: string, c: AnalysisContext) =>
    analyze({ text, site: 'facebook', surface: 'post' }, c).find((f) => f.kind === 'work_no_disclaimer')?.fix;

  it('gives a Swedish draft under a Norwegian set a neutral Swedish disclaimer, naming no municipality', () => {
    const fix = offered(WORK.sv, ctx(builtin('ringebu')));
    expect(fix).toEqual({ type: 'insert', text: NEUTRAL_DISCLAIMERS.sv, position: 'end', lang: 'sv' });
  });

  it("uses the set's own text where it has one in the draft's language", () => {
    expect(offered(WORK.nb, ctx(builtin('ringebu')))).toMatchObject({ text: builtin('ringebu').disclaimers.nb, lang: 'nb' });
    expect(offered(WORK.sv, ctx(builtin('norsjo')))).toMatchObject({ text: builtin('norsjo').disclaimers.sv, lang: 'sv' });
  });

  it("puts the user's own text in that language first", () => {
    expect(offered(WORK.sv, ctx(builtin('ringebu'), { sv: 'Mina egna åsikter.' }))).toMatchObject({ text: 'Mina egna åsikter.', lang: 'sv' });
  });

  it('offers only neutral texts before a set is chosen, and quotes nothing', () => {
    for (const lang of ['nb', 'sv', 'en'] as const) {
      const findings = analyze({ text: WORK[lang], site: 'facebook', surface: 'post' }, ctx(NO_SET));
      const work = findings.find((f) => f.kind === 'work_no_disclaimer');
      expect(work?.fix, lang).toMatchObject({ text: NEUTRAL_DISCLAIMERS[lang], lang });
      expect(findings.every((f) => f.points.length === 0)).toBe(true);
    }
  });

  it.each(Object.entries(NEUTRAL_DISCLAIMERS))('the neutral %s text is itself read as a disclaimer', (_lang, text) => {
    const kinds = (set: GuidelineSet) => analyze({ text: `${WORK.nb} ${text}`, site: 'facebook', surface: 'post' }, ctx(set)).map((f) => f.kind);
    expect(kinds(NO_SET)).not.toContain('work_no_disclaimer');
    expect(text).not.toMatch(/kommune|kommun|municipality/i);
  });
});

describe('set schema: a merged municipality', () => {
  const base = () => structuredClone(builtin('romskog')) as unknown as Record<string, unknown>;

  it('accepts the note and keeps it', () => {
    const result = validateGuidelineSet(base());
    expect(result.ok && result.set.mergedInto).toEqual({ name: 'Aurskog-Høland kommune', date: '2020-01-01' });
  });

  it.each([
    ['an impossible date', { name: 'Aurskog-Høland kommune', date: '2020-02-30' }, 'mergedInto.date'],
    ['a date before adoption', { name: 'Aurskog-Høland kommune', date: '2015-01-01' }, 'mergedInto.date'],
    ['no name', { date: '2020-01-01' }, 'mergedInto.name'],
    ['an unknown field', { name: 'Aurskog-Høland kommune', date: '2020-01-01', why: 'reform' }, 'mergedInto.why'],
    ['a plain text', 'Aurskog-Høland', 'mergedInto'],
  ])('refuses %s', (_label, mergedInto, path) => {
    const result = validateGuidelineSet({ ...base(), mergedInto });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain(path);
  });
});

describe('first run', () => {
  beforeEach(() => {
    fake.fake.reset();
    vi.clearAllMocks();
  });

  it('opens the options page (the welcome) on install when nothing is chosen', async () => {
    await welcomeIfNoSet({ reason: 'install' });
    expect(fake.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
  });

  it('opens nothing on an update, or when the employer has chosen, or when a set is stored', async () => {
    await welcomeIfNoSet({ reason: 'update' });
    fake.fake.setPolicy({ setId: 'ringebu', lockSet: true });
    await welcomeIfNoSet({ reason: 'install' });
    fake.fake.setPolicy('absent');
    fake.storage.local.data.set(STORAGE_KEYS.settings, { ...defaultSettings(), setId: 'utsira' });
    await welcomeIfNoSet({ reason: 'install' });
    expect(fake.runtime.openOptionsPage).not.toHaveBeenCalled();
  });
});
