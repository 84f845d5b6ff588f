// parseStoredSettings: valid, partial, corrupted, old-version and unknown-set
// data. Pure, so no browser fake is needed.
import { describe, expect, it } from 'vitest';
// Imported module by module: the pure parts load without any browser API.
import { municipalityToSetId } from '../../../src/settings/migrate.ts';
import { parseStoredSettings } from '../../../src/settings/parse.ts';
import { applySettingsPatch } from '../../../src/settings/patch.ts';
import { DEFAULT_SETTINGS, defaultSettings, LIMITS, type Settings } from '../../../src/settings/settings.ts';

const VALID: Settings = {
  version: 1,
  setId: 'norsjo',
  uiLanguage: 'sv',
  workplaces: ['Norsjö skola', 'hemtjänsten'],
  disclaimers: { sv: 'Jag skriver som privatperson.', en: 'My own views.' },
  sites: { facebook: true, instagram: false, linkedin: true },
};

describe('parseStoredSettings: valid and missing data', () => {
  it('returns valid settings unchanged and raises no notice', () => {
    const loaded = parseStoredSettings(structuredClone(VALID));
    expect(loaded.settings).toEqual(VALID);
    expect(loaded.notices).toEqual([]);
    expect(loaded.notice).toBeUndefined();
  });

  it('gives defaults without a notice on first run (nothing stored)', () => {
    for (const raw of [undefined, null]) {
      const loaded = parseStoredSettings(raw);
      expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
      expect(loaded.notices).toEqual([]);
    }
  });

  it('fills fields missing from a partial record with defaults, quietly', () => {
    const loaded = parseStoredSettings({ version: 1, setId: 'utsira', sites: { instagram: false } });
    expect(loaded.settings).toEqual({ ...defaultSettings(), setId: 'utsira', sites: { facebook: true, instagram: false, linkedin: true } });
    expect(loaded.notices).toEqual([]);
  });

  it('normalises lists: trims, drops blanks and case-insensitive duplicates', () => {
    const loaded = parseStoredSettings({ ...VALID, workplaces: ['  Norsjö   skola ', '', 'norsjö skola', 'Hemtjänsten'] });
    expect(loaded.settings.workplaces).toEqual(['Norsjö skola', 'Hemtjänsten']);
    expect(loaded.notices).toEqual([]);
  });

  it('drops empty disclaimers and ignores languages Varsom does not speak', () => {
    const loaded = parseStoredSettings({ ...VALID, disclaimers: { sv: '  ', en: ' Mine. ', de: 'Privat.' } });
    expect(loaded.settings.disclaimers).toEqual({ en: 'Mine.' });
    expect(loaded.notices).toEqual([]);
  });

  it('reads the fields it knows from a newer version', () => {
    const loaded = parseStoredSettings({ ...VALID, version: 7, futureField: { x: 1 } });
    expect(loaded.settings).toEqual(VALID);
    expect(loaded.notices).toEqual([]);
  });

  it('never hands out the shared defaults object', () => {
    const a = parseStoredSettings(undefined).settings;
    a.workplaces.push('x');
    a.sites.facebook = false;
    expect(DEFAULT_SETTINGS.workplaces).toEqual([]);
    expect(DEFAULT_SETTINGS.sites.facebook).toBe(true);
  });
});

describe('parseStoredSettings: corrupted data', () => {
  it.each([['a string', 'settings'], ['a number', 42], ['an array', [1, 2]], ['a boolean', true]])(
    'resets %s to defaults with corrupted_reset',
    (_label, raw) => {
      const loaded = parseStoredSettings(raw);
      expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
      expect(loaded.notice).toBe('corrupted_reset');
    },
  );

  it('resets only the unreadable fields and keeps every valid one', () => {
    const loaded = parseStoredSettings({
      version: 1,
      setId: 'norsjo',
      uiLanguage: 'klingon',
      workplaces: 'Norsjö skola',
      disclaimers: { sv: 'Jag skriver privat.' },
      sites: { facebook: 'yes', instagram: false, linkedin: true },
    });
    expect(loaded.notice).toBe('corrupted_reset');
    expect(loaded.settings).toEqual({
      version: 1,
      setId: 'norsjo',
      uiLanguage: 'auto',
      workplaces: [],
      disclaimers: { sv: 'Jag skriver privat.' },
      sites: { facebook: true, instagram: false, linkedin: true },
    });
  });

  it('keeps the readable entries of a list with a broken one', () => {
    const loaded = parseStoredSettings({ ...VALID, workplaces: ['Norsjö skola', 7, null, 'hemtjänsten'] });
    expect(loaded.settings.workplaces).toEqual(['Norsjö skola', 'hemtjänsten']);
    expect(loaded.notice).toBe('corrupted_reset');
  });

  it('keeps the readable disclaimers when one has the wrong type', () => {
    const loaded = parseStoredSettings({ ...VALID, disclaimers: { sv: 12, en: 'Mine.' } });
    expect(loaded.settings.disclaimers).toEqual({ en: 'Mine.' });
    expect(loaded.notice).toBe('corrupted_reset');
  });

  it.each([
    ['a number', 12],
    ['upper case', 'Ringebu'],
    ['markup', '<img src=x>'],
    ['an overlong id', 'a'.repeat(LIMITS.setIdLength + 1)],
  ])('treats a set id that is %s as corrupted', (_label, setId) => {
    const loaded = parseStoredSettings({ ...VALID, setId });
    expect(loaded.settings.setId).toBeNull();
    expect(loaded.notice).toBe('corrupted_reset');
  });

  it('rejects entries and disclaimers over the size limits', () => {
    const loaded = parseStoredSettings({
      ...VALID,
      workplaces: ['ok', 'x'.repeat(LIMITS.entryLength + 1)],
      disclaimers: { en: 'y'.repeat(LIMITS.disclaimerLength + 1) },
    });
    expect(loaded.settings.workplaces).toEqual(['ok']);
    expect(loaded.settings.disclaimers).toEqual({});
    expect(loaded.notice).toBe('corrupted_reset');
  });

  it('caps a list at its size limit', () => {
    const many = Array.from({ length: LIMITS.listEntries + 5 }, (_, i) => `place ${i}`);
    const loaded = parseStoredSettings({ ...VALID, workplaces: many });
    expect(loaded.settings.workplaces).toHaveLength(LIMITS.listEntries);
    expect(loaded.notice).toBe('corrupted_reset');
  });

  it('flags a version that is not a number but still reads the fields', () => {
    const loaded = parseStoredSettings({ ...VALID, version: 'one' });
    expect(loaded.settings).toEqual(VALID);
    expect(loaded.notice).toBe('corrupted_reset');
  });

  it('does not let prototype keys through', () => {
    const raw = JSON.parse('{"version":1,"setId":"ringebu","sites":{"__proto__":{"facebook":false}},"disclaimers":{"__proto__":{"nb":"x"}}}');
    const loaded = parseStoredSettings(raw);
    expect(loaded.settings.sites).toEqual({ facebook: true, instagram: true, linkedin: true });
    expect(loaded.settings.disclaimers).toEqual({});
  });
});

describe('parseStoredSettings: version 0 migration', () => {
  it('migrates the prototype format field by field', () => {
    const loaded = parseStoredSettings({
      municipality: 'Ringebu kommune',
      lang: 'no',
      workplace: 'Ringebu ungdomsskole; hjemmetjenesten,  ',
      disclaimer: 'Jeg skriver som privatperson.',
      pausedSites: ['instagram'],
      people: ['Ola Nordmann', ' Kari  Nordmann ', 'ola nordmann'],
    });
    expect(loaded.settings).toEqual({
      version: 1,
      setId: 'ringebu',
      uiLanguage: 'nb',
      workplaces: ['Ringebu ungdomsskole', 'hjemmetjenesten'],
      disclaimers: { nb: 'Jeg skriver som privatperson.' },
      sites: { facebook: true, instagram: false, linkedin: true },
    });
    expect(loaded.migratedPeople).toEqual(['Ola Nordmann', 'Kari Nordmann']);
    expect(loaded.notices).toEqual([{ code: 'migrated' }]);
    expect(loaded.notice).toBe('migrated');
  });

  it('recognises an explicit version 0 and Swedish names', () => {
    const loaded = parseStoredSettings({ version: 0, municipality: 'Norsjö kommun', lang: 'sv' });
    expect(loaded.settings.setId).toBe('norsjo');
    expect(loaded.settings.uiLanguage).toBe('sv');
    expect(loaded.migratedPeople).toBeUndefined();
    expect(loaded.notice).toBe('migrated');
  });

  it('folds Norwegian letters in municipality names to the built-in ids', () => {
    expect(municipalityToSetId('Rømskog kommune')).toBe('romskog');
    expect(municipalityToSetId('  utsira ')).toBe('utsira');
    expect(municipalityToSetId('Norsjö')).toBe('norsjo');
  });

  it('reports a version 0 municipality that has no set as unavailable', () => {
    const loaded = parseStoredSettings({ municipality: 'Gamleby', lang: 'nn' });
    expect(loaded.settings.setId).toBeNull();
    expect(loaded.settings.uiLanguage).toBe('nn');
    expect(loaded.notices).toEqual([{ code: 'set_unavailable', setId: 'gamleby' }, { code: 'migrated' }]);
  });

  it('migrates what it can from a damaged version 0 record and says so', () => {
    const loaded = parseStoredSettings({ municipality: 'ringebu', lang: 'de', disclaimer: 'Privat.', pausedSites: 'all', people: 'Ola' });
    expect(loaded.settings.setId).toBe('ringebu');
    expect(loaded.settings.uiLanguage).toBe('auto');
    expect(loaded.settings.disclaimers).toEqual({});
    expect(loaded.settings.sites).toEqual(DEFAULT_SETTINGS.sites);
    expect(loaded.notices.map((n) => n.code)).toEqual(['corrupted_reset', 'migrated']);
  });
});

describe('parseStoredSettings: unknown guideline set', () => {
  it('falls back to the default set with a notice naming the missing one', () => {
    const loaded = parseStoredSettings({ ...VALID, setId: 'imported-oldtown' });
    expect(loaded.settings.setId).toBeNull();
    expect(loaded.settings.uiLanguage).toBe('sv');
    expect(loaded.notices).toEqual([{ code: 'set_unavailable', setId: 'imported-oldtown' }]);
    expect(loaded.notice).toBe('set_unavailable');
  });

  it('accepts ids the caller knows about (imported sets)', () => {
    const loaded = parseStoredSettings({ ...VALID, setId: 'imported-oldtown' }, { isKnownSet: (id) => id === 'imported-oldtown' });
    expect(loaded.settings.setId).toBe('imported-oldtown');
    expect(loaded.notices).toEqual([]);
  });

  it('puts corruption before the set notice', () => {
    const loaded = parseStoredSettings({ ...VALID, setId: 'gone', uiLanguage: 3 });
    expect(loaded.notices.map((n) => n.code)).toEqual(['corrupted_reset', 'set_unavailable']);
    expect(loaded.notice).toBe('corrupted_reset');
  });
});

describe('applySettingsPatch', () => {
  it('merges sites and disclaimers per key and replaces lists', () => {
    const next = applySettingsPatch(VALID, { sites: { linkedin: false }, disclaimers: { nb: 'Privat.', sv: '' }, workplaces: ['A'] });
    expect(next.sites).toEqual({ facebook: true, instagram: false, linkedin: false });
    expect(next.disclaimers).toEqual({ en: 'My own views.', nb: 'Privat.' });
    expect(next.workplaces).toEqual(['A']);
    expect(VALID.sites.linkedin).toBe(true);
  });
});
