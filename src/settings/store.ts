// Settings and the people-from-work list in browser.storage.local. Nothing is
// ever written to the synced area: the people list names pupils and clients, and
// the rest has no reason to leave the device either.
import browser from 'webextension-polyfill';
import { isKnownSet } from '../guidelines/catalogue.ts';
import { cleanList } from './clean.ts';
import { readImportedSets } from './imported-parse.ts';
import { addPendingNotices } from './notices.ts';
import { parseStoredSettings } from './parse.ts';
import { applySettingsPatch, type SettingsPatch } from './patch.ts';
import { serialised } from './queue.ts';
import { STORAGE_KEYS, type LoadedSettings, type Settings } from './settings.ts';

const local = () => browser.storage.local;

/** Built-in sets and the valid imported ones are the sets a stored choice may name. */
function knownSets(importedRaw: unknown): (id: string) => boolean {
  const imported = readImportedSets(importedRaw).sets;
  return (id) => isKnownSet(id, imported);
}

/**
 * Loads the settings. When the stored data was repaired or migrated, the
 * repaired version is written back at once (so the notice is raised once,
 * not on every load) and the notices are queued for the pages to show.
 */
export function loadSettings(): Promise<LoadedSettings> {
  return serialised(async () => (await loadAndRepair()).loaded);
}

/** Also hands back which sets a stored choice may name, for a save that follows. */
async function loadAndRepair(): Promise<{ loaded: LoadedSettings; isKnownSet: (id: string) => boolean }> {
  const stored = await local().get([STORAGE_KEYS.settings, STORAGE_KEYS.importedSets]);
  const isKnownSet = knownSets(stored[STORAGE_KEYS.importedSets]);
  const loaded = parseStoredSettings(stored[STORAGE_KEYS.settings], { isKnownSet });
  if (loaded.notices.length > 0 || loaded.migratedPeople) {
    // Notices first: a page takes them as soon as the repaired data reaches it (storage.onChanged).
    await addPendingNotices(loaded.notices);
    await local().set({ [STORAGE_KEYS.settings]: loaded.settings });
    if (loaded.migratedPeople) {
      const existing = await readPeople();
      await writePeople([...existing.list, ...loaded.migratedPeople]);
    }
  }
  return { loaded, isKnownSet };
}

/** Applies a change and returns the settings as stored. Rejects a change the parser would not keep. */
export function saveSettings(patch: SettingsPatch): Promise<Settings> {
  return serialised(async () => {
    const { loaded, isKnownSet } = await loadAndRepair();
    const parsed = parseStoredSettings(applySettingsPatch(loaded.settings, patch), { isKnownSet });
    if (parsed.notices.length > 0) {
      throw new RangeError(`settings change not stored: ${parsed.notices.map((n) => n.code).join(', ')}`);
    }
    await local().set({ [STORAGE_KEYS.settings]: parsed.settings });
    return parsed.settings;
  });
}

async function readPeople(): Promise<{ list: string[]; ok: boolean; stored: boolean }> {
  const raw = (await local().get(STORAGE_KEYS.peopleFromWork))[STORAGE_KEYS.peopleFromWork];
  if (raw === undefined) return { list: [], ok: true, stored: false };
  return { ...cleanList(raw), stored: true };
}

async function writePeople(list: readonly string[]): Promise<string[]> {
  const cleaned = cleanList([...list]).list;
  await local().set({ [STORAGE_KEYS.peopleFromWork]: cleaned });
  return cleaned;
}

/** The people-from-work list; an unreadable part is dropped and the user told once. */
export function loadPeopleFromWork(): Promise<string[]> {
  return serialised(async () => {
    const people = await readPeople();
    if (!people.ok) {
      // Notice first, as in loadAndRepair: the options page takes notices when the cleaned list arrives.
      await addPendingNotices([{ code: 'people_reset' }]);
      await writePeople(people.list);
    }
    return people.list;
  });
}

/** Stores the list (trimmed, without duplicates) in storage.local only; returns it as stored. */
export function savePeopleFromWork(list: readonly string[]): Promise<string[]> {
  return serialised(() => writePeople(list));
}

/** Removes the whole list from the device (and with it the "also a friend" marks). */
export function clearPeopleFromWork(): Promise<void> {
  return serialised(() => local().remove([STORAGE_KEYS.peopleFromWork, STORAGE_KEYS.alsoFriends]));
}

/**
 * The people on the list the user marked "also a friend" (storage.local only).
 * An unreadable value counts as none: the marks only ever quiet reminders, so
 * losing them errs on the side of reminding.
 */
export async function loadAlsoFriends(): Promise<string[]> {
  const raw = (await local().get(STORAGE_KEYS.alsoFriends))[STORAGE_KEYS.alsoFriends];
  return raw === undefined ? [] : cleanList(raw).list;
}

export function saveAlsoFriends(list: readonly string[]): Promise<string[]> {
  return serialised(async () => {
    const cleaned = cleanList([...list]).list;
    await local().set({ [STORAGE_KEYS.alsoFriends]: cleaned });
    return cleaned;
  });
}

/** Calls back with the marks whenever they change. */
export function onAlsoFriendsChanged(cb: (friends: string[]) => void): () => void {
  return onLocalChange(STORAGE_KEYS.alsoFriends, (value) => cb(value === undefined ? [] : cleanList(value).list));
}

type Unsubscribe = () => void;

/** Calls back with a key's new value in storage.local (undefined when removed). */
export function onLocalChange(key: string, handle: (newValue: unknown) => void): Unsubscribe {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[key];
    if (area === 'local' && change) handle(change.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Calls back with the new settings whenever any page or the worker stores them.
 * Whoever stored them checked the set id against the sets they knew, so any
 * well-formed id is kept here; the sets' resolution (./effective.ts) falls back
 * to the default for an id that names no set.
 */
export function onSettingsChanged(cb: (settings: Settings) => void): Unsubscribe {
  return onLocalChange(STORAGE_KEYS.settings, (value) => cb(parseStoredSettings(value, { isKnownSet: () => true }).settings));
}

/** Calls back with the new list whenever it is saved or cleared. */
export function onPeopleFromWorkChanged(cb: (people: string[]) => void): Unsubscribe {
  return onLocalChange(STORAGE_KEYS.peopleFromWork, (value) => cb(value === undefined ? [] : cleanList(value).list));
}
