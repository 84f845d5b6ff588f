// The storage side of settings: repair-on-load, notices shown once, saving,
// and the people-from-work list, which must never reach storage.sync.
import { beforeEach, describe, expect, it, vi } from 'vitest';

// An in-memory stand-in for browser.storage (local and sync) with onChanged.
const fake = vi.hoisted(() => {
  type Change = { oldValue?: unknown; newValue?: unknown };
  type Listener = (changes: Record<string, Change>, area: string) => void;
  const listeners = new Set<Listener>();
  const emit = (changes: Record<string, Change>, area: string) =>
    queueMicrotask(() => listeners.forEach((l) => l(changes, area)));
  const makeArea = (name: string) => {
    const data = new Map<string, unknown>();
    const keysOf = (keys?: null | string | string[] | Record<string, unknown>) =>
      keys == null ? [...data.keys()] : typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
    return {
      data,
      get: vi.fn(async (keys?: null | string | string[]) =>
        Object.fromEntries(keysOf(keys).filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))])),
      ),
      set: vi.fn(async (items: Record<string, unknown>) => {
        const changes: Record<string, Change> = {};
        for (const [k, v] of Object.entries(items)) {
          changes[k] = { oldValue: data.get(k), newValue: structuredClone(v) };
          data.set(k, structuredClone(v));
        }
        emit(changes, name);
      }),
      remove: vi.fn(async (keys: string | string[]) => {
        const changes: Record<string, Change> = {};
        for (const k of typeof keys === 'string' ? [keys] : keys) {
          if (data.has(k)) changes[k] = { oldValue: data.get(k) };
          data.delete(k);
        }
        emit(changes, name);
      }),
    };
  };
  const local = makeArea('local');
  const sync = makeArea('sync');
  const browser = {
    storage: {
      local,
      sync,
      onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
    },
  };
  return { browser, local, sync, listeners };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

import { DEFAULT_SET_ID } from '../../src/guidelines/index.ts';
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
} from '../../src/settings/index.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fake.local.data.clear();
  fake.sync.data.clear();
  vi.clearAllMocks();
});

describe('loadSettings', () => {
  it('returns defaults on first run and writes nothing', async () => {
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(fake.local.set).not.toHaveBeenCalled();
  });

  it('repairs corrupted data once and queues one notice, shown once', async () => {
    fake.local.data.set(STORAGE_KEYS.settings, { version: 1, setId: 'norsjo', uiLanguage: 99 });
    const first = await loadSettings();
    expect(first.notice).toBe('corrupted_reset');
    expect(first.settings.setId).toBe('norsjo');
    expect(fake.local.data.get(STORAGE_KEYS.settings)).toEqual(first.settings);

    const second = await loadSettings();
    expect(second.notices).toEqual([]);

    expect(await takePendingNotices()).toEqual([{ code: 'corrupted_reset' }]);
    expect(await takePendingNotices()).toEqual([]);
  });

  it('keeps one copy of a notice queued by two loads at once', async () => {
    fake.local.data.set(STORAGE_KEYS.settings, 'garbage');
    await Promise.all([loadSettings(), loadSettings()]);
    expect(await takePendingNotices()).toEqual([{ code: 'corrupted_reset' }]);
  });

  it('replaces a set that no longer exists and names it in the notice', async () => {
    fake.local.data.set(STORAGE_KEYS.settings, { ...DEFAULT_SETTINGS, setId: 'imported-gone' });
    const loaded = await loadSettings();
    expect(loaded.settings.setId).toBe(DEFAULT_SET_ID);
    expect(await takePendingNotices()).toEqual([{ code: 'set_unavailable', setId: 'imported-gone' }]);
  });

  it('migrates version 0 and moves its people to their own local key', async () => {
    fake.local.data.set(STORAGE_KEYS.peopleFromWork, ['Kari Nordmann']);
    fake.local.data.set(STORAGE_KEYS.settings, { municipality: 'Utsira', lang: 'nn', people: ['Ola Nordmann', 'kari nordmann'] });
    const loaded = await loadSettings();
    expect(loaded.settings.setId).toBe('utsira');
    const stored = fake.local.data.get(STORAGE_KEYS.settings) as Settings & { people?: unknown };
    expect(stored.version).toBe(1);
    expect(stored.people).toBeUndefined();
    expect(fake.local.data.get(STORAGE_KEYS.peopleFromWork)).toEqual(['Kari Nordmann', 'Ola Nordmann']);
    expect(fake.sync.set).not.toHaveBeenCalled();
    expect(await takePendingNotices()).toEqual([{ code: 'migrated' }]);
  });
});

describe('saveSettings', () => {
  it('merges a patch into the stored settings', async () => {
    await saveSettings({ setId: 'norsjo' });
    await saveSettings({ sites: { instagram: false } });
    const stored = fake.local.data.get(STORAGE_KEYS.settings) as Settings;
    expect(stored.setId).toBe('norsjo');
    expect(stored.sites).toEqual({ facebook: true, instagram: false, linkedin: true });
  });

  it('does not lose either of two quick changes', async () => {
    await Promise.all([saveSettings({ workplaces: ['A'] }), saveSettings({ uiLanguage: 'nn' }), saveSettings({ disclaimers: { en: 'Mine.' } })]);
    const stored = fake.local.data.get(STORAGE_KEYS.settings) as Settings;
    expect(stored.workplaces).toEqual(['A']);
    expect(stored.uiLanguage).toBe('nn');
    expect(stored.disclaimers).toEqual({ en: 'Mine.' });
  });

  it('rejects a change the parser would not keep and stores nothing', async () => {
    await expect(saveSettings({ setId: 'nowhere' })).rejects.toThrow(RangeError);
    expect(fake.local.data.has(STORAGE_KEYS.settings)).toBe(false);
  });

  it('never uses storage.sync', async () => {
    await saveSettings({ workplaces: ['Ringebu ungdomsskole'] });
    await loadSettings();
    expect(fake.sync.set).not.toHaveBeenCalled();
    expect(fake.sync.get).not.toHaveBeenCalled();
  });
});

describe('people from work', () => {
  it('is written to storage.local only, cleaned', async () => {
    const stored = await savePeopleFromWork([' Ola  Nordmann ', 'ola nordmann', '', 'Kari']);
    expect(stored).toEqual(['Ola Nordmann', 'Kari']);
    expect(fake.local.data.get(STORAGE_KEYS.peopleFromWork)).toEqual(['Ola Nordmann', 'Kari']);
    expect(await loadPeopleFromWork()).toEqual(['Ola Nordmann', 'Kari']);
    expect(fake.sync.set).not.toHaveBeenCalled();
    expect(fake.sync.data.size).toBe(0);
  });

  it('is kept out of the settings record', async () => {
    await savePeopleFromWork(['Ola Nordmann']);
    await saveSettings({ workplaces: ['X'] });
    expect(JSON.stringify(fake.local.data.get(STORAGE_KEYS.settings))).not.toContain('Ola');
  });

  it('is removed entirely by clearPeopleFromWork', async () => {
    await savePeopleFromWork(['Ola Nordmann']);
    await clearPeopleFromWork();
    expect(fake.local.data.has(STORAGE_KEYS.peopleFromWork)).toBe(false);
    expect(await loadPeopleFromWork()).toEqual([]);
  });

  it('drops unreadable entries, keeps the rest and tells the user once', async () => {
    fake.local.data.set(STORAGE_KEYS.peopleFromWork, ['Ola', 5, { name: 'x' }, 'Kari']);
    expect(await loadPeopleFromWork()).toEqual(['Ola', 'Kari']);
    expect(fake.local.data.get(STORAGE_KEYS.peopleFromWork)).toEqual(['Ola', 'Kari']);
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
    expect(fake.listeners.size).toBe(0);
  });

  it('ignores other areas and other keys', async () => {
    const cb = vi.fn();
    const stop = onSettingsChanged(cb);
    await fake.sync.set({ settings: { ...DEFAULT_SETTINGS, uiLanguage: 'nn' } });
    await fake.local.set({ unrelated: 1 });
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
