// Reading stored settings: validate every field, migrate older versions, and
// fall back to defaults field by field. Pure (no storage access), so the
// worker can run it on storage.onChanged values and the tests can run it alone.
import type { Lang, Site } from '../engine/types.ts';
import { isBuiltinSetId } from '../guidelines/catalogue.ts';
import { isRecord } from '../shared/is-record.ts';
import { cleanList } from './clean.ts';
import { isVersion0, migrateFromVersion0 } from './migrate.ts';
import {
  defaultSettings,
  LANGS,
  LIMITS,
  SITES,
  UI_LANGUAGE_SETTINGS,
  type LoadedSettings,
  type Settings,
  type SettingsNotice,
  type UiLanguageSetting,
} from './settings.ts';

export interface ParseOptions {
  /**
   * Whether a set id names a set the extension has. Defaults to the built-in
   * sets; a caller that also knows imported sets passes its own.
   */
  isKnownSet?: (id: string) => boolean;
}

const SET_ID = /^[a-z0-9][a-z0-9_-]*$/;

/** Field readers: `undefined` means "not stored" (use the default quietly), `null` means "unreadable". */
type Read<T> = T | undefined | null;

/** A stored `null` is "not chosen yet", a value of its own (not damage). */
function readSetId(value: unknown): Read<string> | 'none' {
  if (value === undefined) return undefined;
  if (value === null) return 'none';
  return typeof value === 'string' && value.length <= LIMITS.setIdLength && SET_ID.test(value) ? value : null;
}

function readUiLanguage(value: unknown): Read<UiLanguageSetting> {
  if (value === undefined) return undefined;
  return UI_LANGUAGE_SETTINGS.find((l) => l === value) ?? null;
}

function readWorkplaces(value: unknown): { list: Read<string[]>; partial: boolean } {
  if (value === undefined) return { list: undefined, partial: false };
  if (!Array.isArray(value)) return { list: null, partial: false };
  const { list, ok } = cleanList(value);
  return { list, partial: !ok };
}

function readDisclaimers(value: unknown): { value: Read<Partial<Record<Lang, string>>>; partial: boolean } {
  if (value === undefined) return { value: undefined, partial: false };
  if (!isRecord(value)) return { value: null, partial: false };
  const out: Partial<Record<Lang, string>> = {};
  let partial = false;
  for (const lang of LANGS) {
    const text = value[lang];
    if (text === undefined) continue;
    if (typeof text !== 'string' || text.trim().length > LIMITS.disclaimerLength) {
      partial = true;
      continue;
    }
    // Keys for languages Varsom does not speak are ignored: they harm nothing.
    if (text.trim() !== '') out[lang] = text.trim();
  }
  return { value: out, partial };
}

function readSites(value: unknown, fallback: Record<Site, boolean>): { value: Read<Record<Site, boolean>>; partial: boolean } {
  if (value === undefined) return { value: undefined, partial: false };
  if (!isRecord(value)) return { value: null, partial: false };
  const out = { ...fallback };
  let partial = false;
  for (const site of SITES) {
    const on = value[site];
    if (typeof on === 'boolean') out[site] = on;
    else if (on !== undefined) partial = true;
  }
  return { value: out, partial };
}

/** Validates a version-1-shaped record; `corrupted` when any stored field had to be replaced. */
function readVersion1(raw: Record<string, unknown>): { settings: Settings; corrupted: boolean } {
  const settings = defaultSettings();
  let corrupted = false;

  const setId = readSetId(raw.setId);
  if (setId === null) corrupted = true;
  else if (setId !== undefined && setId !== 'none') settings.setId = setId;

  // Only `true` means anything; `false` (or nothing) is "not chosen". Anything else is damage.
  if (raw.setChosen === true && settings.setId !== null && settings.setId === raw.setId) settings.setChosen = true;
  else if (raw.setChosen !== undefined && raw.setChosen !== false && raw.setChosen !== true) corrupted = true;

  const uiLanguage = readUiLanguage(raw.uiLanguage);
  if (uiLanguage) settings.uiLanguage = uiLanguage;
  else if (uiLanguage === null) corrupted = true;

  const workplaces = readWorkplaces(raw.workplaces);
  if (workplaces.list) settings.workplaces = workplaces.list;
  if (workplaces.list === null || workplaces.partial) corrupted = true;

  const disclaimers = readDisclaimers(raw.disclaimers);
  if (disclaimers.value) settings.disclaimers = disclaimers.value;
  if (disclaimers.value === null || disclaimers.partial) corrupted = true;

  const sites = readSites(raw.sites, settings.sites);
  if (sites.value) settings.sites = sites.value;
  if (sites.value === null || sites.partial) corrupted = true;

  return { settings, corrupted };
}

/**
 * Turns whatever is stored under the settings key into usable settings.
 * - nothing stored (first run): defaults, no set chosen, no notice;
 * - a stored set id (any version) is kept: a user who had one keeps it;
 * - version 0 (see ./migrate.ts): migrated, notice 'migrated';
 * - a field that cannot be read: that field's default, every readable field
 *   kept, notice 'corrupted_reset'; a non-object: all defaults, same notice;
 * - a set id the extension does not have: no set chosen, notice 'set_unavailable';
 * - a newer version than this build knows: the fields it knows are read.
 */
export function parseStoredSettings(raw: unknown, options: ParseOptions = {}): LoadedSettings {
  const isKnownSet = options.isKnownSet ?? isBuiltinSetId;
  if (raw === undefined || raw === null) return { settings: defaultSettings(), notices: [] };
  if (!isRecord(raw)) return withNotices({ settings: defaultSettings(), notices: [{ code: 'corrupted_reset' }] });

  let record = raw;
  let migrated = false;
  let lossy = false;
  let migratedPeople: string[] | undefined;
  if (isVersion0(raw)) {
    const result = migrateFromVersion0(raw);
    record = result.candidate;
    migrated = true;
    lossy = result.lossy;
    migratedPeople = result.people;
  } else if ('version' in raw && !(typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 1)) {
    lossy = true;
  }

  const { settings, corrupted } = readVersion1(record);

  const notices: SettingsNotice[] = [];
  if (corrupted || lossy) notices.push({ code: 'corrupted_reset' });
  if (settings.setId !== null && !isKnownSet(settings.setId)) {
    notices.push({ code: 'set_unavailable', setId: settings.setId });
    // Not another municipality's set in its place: the user chooses again.
    settings.setId = null;
    // The user's choice is gone: an employer's preset may apply again.
    delete settings.setChosen;
  }
  if (migrated) notices.push({ code: 'migrated' });

  const loaded: LoadedSettings = { settings, notices };
  if (migratedPeople) loaded.migratedPeople = migratedPeople;
  return withNotices(loaded);
}

function withNotices(loaded: LoadedSettings): LoadedSettings {
  const first = loaded.notices[0];
  return first ? { ...loaded, notice: first.code } : loaded;
}
