// The storage side of settings: repair-on-load, notices shown once, saving,
// and the people-from-work list, which must never reach storage.sync.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../helpers/fake-browser.ts')).createFakeBrowser() }));

import browser from 'webextension-polyfill';
import {
  clearPeopleFromWork,
  DEFAULT_SETTINGS,
  loadPeopleFromWork,
  loadSettings,
  onPeopleFromWorkChanged,
  onSettingsChanged,
  savePeopleFromWork,
  saveSettings,
  STORAGE_KEYS,
  takePendingNotices,
  type Settings,
} from '../../../src/settings/index.ts';
import type { FakeBrowser } from '../helpers/fake-browser.ts';

const fake = browser as unknown as FakeBrowser;
const { local, sync } = fake.storage;

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fake.fake.reset();
  vi.clearAllMocks();
});

describe('loadSettings', () => {
  it('returns defaults on first run and writes nothing', async () => {
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(local.set).not.toHaveBeenCalled();
  });

  it('repairs corrupted data once and queues one notice, shown once', async () => {
    local.data.set(STORAGE_KEYS.settings, { version: 1, setId: 'norsjo', uiLanguage: 99 });
    const first = await loadSettings();
    expect(first.notice).toBe('corrupted_reset');
    expect(first.settings.setId).toBe('norsjo');
    expect(local.data.get(STORAGE_KEYS.settings)).toEqual(first.settings);

    const second = await loadSettings();
    expect(second.notices).toEqual([]);

    expect(await takePendingNotices()).toEqual([{ code: 'corrupted_reset' }]);
    expect(await takePendingNotices()).toEqual([]);
  });

  it('keeps one copy of a notice queued by two loads at once', async () => {
    local.data.set(STORAGE_KEYS.settings, 'garbage');
    await Promise.all([loadSettings(), loadSettings()]);
    expect(await takePendingNotices()).toEqual([{ code: 'corrupted_reset' }]);
  });

  it('replaces a set that no longer exists and names it in the notice', async () => {
    local.data.set(STORAGE_KEYS.settings, { ...DEFAULT_SETTINGS, setId: 'imported-gone' });
    const loaded = await loadSettings();
    expect(loaded.settings.setId).toBeNull();
    expect(await takePendingNotices()).toEqual([{ code: 'set_unavailable', setId: 'imported-gone' }]);
  });

  it('migrates version 0 and moves its people to their own local key', async () => {
    local.data.set(STORAGE_KEYS.peopleFromWork, ['Kari Nordmann']);
    local.data.set(STORAGE_KEYS.settings, { municipality: 'Utsira', lang: 'nn', people: ['Ola Nordmann', 'kari nordmann'] });
    const loaded = await loadSettings();
    expect(loaded.settings.setId).toBe('utsira');
    const stored = local.data.get(STORAGE_KEYS.settings) as Settings & { people?: unknown };
    expect(stored.version).toBe(1);
    expect(stored.people).toBeUndefined();
    expect(local.data.get(STORAGE_KEYS.peopleFromWork)).toEqual(['Kari Nordmann', 'Ola Nordmann']);
    expect(sync.set).not.toHaveBeenCalled();
    expect(await takePendingNotices()).toEqual([{ code: 'migrated' }]);
  });
});

describe('saveSettings', () => {
  it('merges a patch into the stored settings', async () => {
    await saveSettings({ setId: 'norsjo' });
    await saveSettings({ sites: { instagram: false } });
    const stored = local.data.get(STORAGE_KEYS.settings) as Settings;
    expect(stored.setId).toBe('norsjo');
    expect(stored.sites).toEqual({ facebook: true, instagram: false, linkedin: true });
  });

  it('does not lose either of two quick changes', async () => {
    await Promise.all([saveSettings({ workplaces: ['A'] }), saveSettings({ uiLanguage: 'nn' }), saveSettings({ disclaimers: { en: 'Mine.' } })]);
    const stored = local.data.get(STORAGE_KEYS.settings) as Settings;
    expect(stored.workplaces).toEqual(['A']);
    expect(stored.uiLanguage).toBe('nn');
    expect(stored.disclaimers).toEqual({ en: 'Mine.' });
  });

  it('rejects a change the parser would not keep and stores nothing', async () => {
    await expect(saveSettings({ setId: 'nowhere' })).rejects.toThrow(RangeError);
    expect(local.data.has(STORAGE_KEYS.settings)).toBe(false);
  });

  it('never uses storage.sync', async () => {
    await saveSettings({ workplaces: ['Ringebu ungdomsskole'] });
    await loadSettings();
    expect(sync.set).not.toHaveBeenCalled();
    expect(sync.get).not.toHaveBeenCalled();
  });
});

describe('people from work', () => {
  it('is written to storage.local only, cleaned', async () => {
    const stored = await savePeopleFromWork([' Ola  Nordmann ', 'ola nordmann', '', 'Kari']);
    expect(stored).toEqual(['Ola Nordmann', 'Kari']);
    expect(local.data.get(STORAGE_KEYS.peopleFromWork)).toEqual(['Ola Nordmann', 'Kari']);
    expect(await loadPeopleFromWork()).toEqual(['Ola Nordmann', 'Kari']);
    expect(sync.set).not.toHaveBeenCalled();
    expect(sync.data.size).toBe(0);
  });

  it('is kept out of the settings record', async () => {
    await savePeopleFromWork(['Ola Nordmann']);
    await saveSettings({ workplaces: ['X'] });
    expect(JSON.stringify(local.data.get(STORAGE_KEYS.settings))).not.toContain('Ola');
  });

  it('is removed entirely by clearPeopleFromWork', async () => {
    await savePeopleFromWork(['Ola Nordmann']);
    await clearPeopleFromWork();
    expect(local.data.has(STORAGE_KEYS.peopleFromWork)).toBe(false);
    expect(await loadPeopleFromWork()).toEqual([]);
  });

  it('drops unreadable entries, keeps the rest and tells the user once', async () => {
    local.data.set(STORAGE_KEYS.peopleFromWork, ['Ola', 5, { name: 'x' }, 'Kari']);
    expect(await loadPeopleFromWork()).toEqual(['Ola', 'Kari']);
    expect(local.data.get(STORAGE_KEYS.peopleFromWork)).toEqual(['Ola', 'Kari']);
    expect(await takePendingNotices()).toEqual([{ code: 'people_reset' }]);
  });
});

describe('change listeners', () => {
  it('reports settings changes in storage.local, parsed', async () => {
    const seen: Settings[] = [];
    const stop = onSettingsChanged((s) => seen.push(s));
    await saveSettings({ uiLanguage: 'sv' });
    await tick();
    expect(seen.at(-1)?.uiLanguage).toBe('sv');
    stop();
    await saveSettings({ uiLanguage: 'en' });
    await tick();
    expect(seen).toHaveLength(1);
    expect(fake.fake.listeners.size).toBe(0);
  });

  it('ignores other areas and other keys', async () => {
    const cb = vi.fn();
    const stop = onSettingsChanged(cb);
    await sync.set({ settings: { ...DEFAULT_SETTINGS, uiLanguage: 'nn' } });
    await local.set({ unrelated: 1 });
    await tick();
    expect(cb).not.toHaveBeenCalled();
    stop();
  });

  it('reports the people list, and an empty list after clearing', async () => {
    const seen: string[][] = [];
    const stop = onPeopleFromWorkChanged((list) => seen.push(list));
    await savePeopleFromWork(['Ola']);
    await clearPeopleFromWork();
    await tick();
    expect(seen).toEqual([['Ola'], []]);
    stop();
  });
});
