// User settings: shape, defaults, limits and storage keys. Plain data, so the
// worker, the pages and the tests share one definition. Validation and
// migration live in ./parse.ts and ./migrate.ts, storage access in ./store.ts.
import type { Lang, Site } from '../engine/types.ts';
import { SITES, type UiLanguageSetting } from '../engine/vocabulary.ts';

// The lists themselves live in engine/vocabulary.ts; the settings re-export them for the pages.
export { LANGS, SITES, UI_LANGUAGE_SETTINGS, type UiLanguageSetting } from '../engine/vocabulary.ts';

export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /**
   * Id of the selected guideline set (built-in or imported); null until the
   * user chooses one. Nothing is preselected: quoting a municipality the user
   * does not work for, or offering its name in a disclaimer, would be wrong.
   */
  setId: string | null;
  /**
   * True once the user picked a set themselves. Until then an employer's
   * preset (managed policy, see ./managed.ts) applies instead of `setId`.
   * Absent rather than false, so settings that never had it read the same.
   */
  setChosen?: true;
  /** Interface language; 'auto' follows the browser. */
  uiLanguage: UiLanguageSetting;
  workplaces: string[];
  /** The user's own disclaimer per language; empty means the set's suggestion. */
  disclaimers: Partial<Record<Lang, string>>;
  /** Sites Varsom watches. */
  sites: Record<Site, boolean>;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  setId: null,
  uiLanguage: 'auto',
  workplaces: [],
  disclaimers: {},
  // Every site on: one entry per site in the vocabulary.
  sites: Object.fromEntries(SITES.map((site) => [site, true])) as Record<Site, boolean>,
};

/** A fresh copy of the defaults, so callers can never mutate the shared object. */
export function defaultSettings(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    workplaces: [],
    disclaimers: {},
    sites: { ...DEFAULT_SETTINGS.sites },
  };
}

/**
 * Size limits. The lists are typed by hand, so these are generous; they exist
 * so that a corrupted or hostile value cannot make every keystroke's analysis
 * slow (each entry is matched against each draft).
 */
export const LIMITS = {
  listEntries: 200,
  entryLength: 120,
  disclaimerLength: 400,
  setIdLength: 64,
  /** Imported guideline sets kept at once (each up to MAX_SET_BYTES: storage.local holds 10 MB). */
  importedSets: 10,
} as const;

/** Storage keys. Everything lives in storage.local; nothing in the synced area. */
export const STORAGE_KEYS = {
  settings: 'settings',
  /** People the user knows from work: kept apart so one click clears them. */
  peopleFromWork: 'peopleFromWork',
  /** Those of them who are also friends: ordinary chat with them stays quiet. */
  alsoFriends: 'alsoFriends',
  /** Notices waiting to be shown once in the popup or the options page. */
  notices: 'settingsNotices',
  /** Guideline sets the user imported: a map id → set, each re-validated on load. */
  importedSets: 'importedSets',
} as const;

/**
 * Why stored data was not used as-is:
 * - corrupted_reset: some settings could not be read; those went back to defaults
 * - migrated: settings from an older version were carried over
 * - set_unavailable: the chosen guideline set is gone; no set is chosen until the user picks one
 * - people_reset: part of the people-from-work list could not be read and was dropped
 * - imported_set_invalid: a stored imported set no longer passes the schema and was removed
 */
export type SettingsNoticeCode = 'corrupted_reset' | 'migrated' | 'set_unavailable' | 'people_reset' | 'imported_set_invalid';

export interface SettingsNotice {
  code: SettingsNoticeCode;
  /** For set_unavailable and imported_set_invalid: the id that was stored, to name it to the user. */
  setId?: string;
}

export interface LoadedSettings {
  settings: Settings;
  /** The most important of `notices` (kept for callers that show only one). */
  notice?: SettingsNoticeCode;
  /** Every reason the stored data was not used as-is, most important first. */
  notices: SettingsNotice[];
  /**
   * People found inside old-format settings (version 0 kept them there). The
   * store moves them to their own key; the parser, being pure, only hands them over.
   */
  migratedPeople?: string[];
}
