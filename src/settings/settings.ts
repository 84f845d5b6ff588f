// User settings: shape, defaults, validation and migration. Pure functions, so
// the worker, the pages and the tests share one definition. Storage access
// lives in ./store.ts.
import type { Lang, Site } from '../engine/types.ts';

export const SETTINGS_VERSION = 1;
export const SITES: readonly Site[] = ['facebook', 'instagram', 'linkedin'];
export const LANGS: readonly Lang[] = ['nb', 'nn', 'sv', 'en'];

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Id of the selected guideline set (built-in or imported). */
  setId: string;
  /** Interface language; 'auto' follows the browser. */
  uiLanguage: Lang | 'auto';
  workplaces: string[];
  /** The user's own disclaimer per language; empty means the set's suggestion. */
  disclaimers: Partial<Record<Lang, string>>;
  /** Sites Varsom watches. */
  sites: Record<Site, boolean>;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  setId: 'ringebu',
  uiLanguage: 'auto',
  workplaces: [],
  disclaimers: {},
  sites: { facebook: true, instagram: true, linkedin: true },
};

/** Storage keys. Everything lives in storage.local; nothing in storage.sync. */
export const STORAGE_KEYS = {
  settings: 'settings',
  /** People the user knows from work: kept apart so one click clears them. */
  peopleFromWork: 'peopleFromWork',
} as const;

export interface LoadedSettings {
  settings: Settings;
  /** Set when stored data could not be read as-is: why defaults or a migration were used. */
  notice?: 'corrupted_reset' | 'migrated';
}
