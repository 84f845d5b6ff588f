// Migration of settings written by older versions of Varsom.
//
// Version 0 is the prototype's format, written before settings had a
// `version` field. It is recognised by `version: 0`, or by a missing
// `version` together with a `municipality` field:
//
//   {
//     municipality: string,        // the set as a display name or id: "Ringebu", "Norsjö kommun", "ringebu"
//     lang: 'no' | 'nb' | 'nn' | 'sv' | 'en',   // interface AND disclaimer language ('no' meant bokmål)
//     workplace?: string,          // one free-text field, several workplaces separated by , or ;
//     disclaimer?: string,         // the user's own disclaimer, written in `lang`
//     pausedSites?: string[],      // sites switched off, e.g. ['instagram']
//     people?: string[],           // people from work: version 0 kept them inside the settings
//   }
//
// The migration only reshapes; the version-1 validator in ./parse.ts then
// checks every value, so a damaged version-0 record is handled like any other.
import type { Lang } from '../engine/types.ts';
import { cleanList, normalizeEntry } from './clean.ts';
import { LANGS, SITES } from './settings.ts';

export interface MigrationResult {
  /** A version-1-shaped record, not yet validated. */
  candidate: Record<string, unknown>;
  /** People found in the old record, to be moved to their own storage key. */
  people?: string[];
  /** True when some old value could not be read and was left out. */
  lossy: boolean;
}

export function isVersion0(raw: Record<string, unknown>): boolean {
  return raw.version === 0 || (!('version' in raw) && 'municipality' in raw);
}

/** "Rømskog kommune" → "romskog", "Norsjö kommun" → "norsjo": the built-in ids are ASCII. */
export function municipalityToSetId(name: string): string {
  return normalizeEntry(name)
    .toLowerCase()
    .replace(/\s+(kommune|kommun)$/, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '-');
}

function migrateLang(lang: unknown): Lang | undefined {
  if (lang === 'no') return 'nb';
  return LANGS.find((l) => l === lang);
}

export function migrateFromVersion0(raw: Record<string, unknown>): MigrationResult {
  const candidate: Record<string, unknown> = { version: 1 };
  let lossy = false;

  if (typeof raw.municipality === 'string') candidate.setId = municipalityToSetId(raw.municipality);
  else lossy = true;

  const lang = migrateLang(raw.lang);
  if (lang) candidate.uiLanguage = lang;
  else if (raw.lang !== undefined) lossy = true;

  if (typeof raw.workplace === 'string') candidate.workplaces = raw.workplace.split(/[,;\n]/);
  else if (raw.workplace !== undefined) lossy = true;

  if (typeof raw.disclaimer === 'string' && normalizeEntry(raw.disclaimer) !== '') {
    // Without a readable language the disclaimer cannot be filed under one.
    if (lang) candidate.disclaimers = { [lang]: raw.disclaimer };
    else lossy = true;
  } else if (raw.disclaimer !== undefined && typeof raw.disclaimer !== 'string') {
    lossy = true;
  }

  if (Array.isArray(raw.pausedSites)) {
    const paused = raw.pausedSites;
    candidate.sites = Object.fromEntries(SITES.map((site) => [site, !paused.includes(site)]));
  } else if (raw.pausedSites !== undefined) {
    lossy = true;
  }

  let people: string[] | undefined;
  if (raw.people !== undefined) {
    const cleaned = cleanList(raw.people);
    if (!cleaned.ok) lossy = true;
    if (cleaned.list.length > 0) people = cleaned.list;
  }

  return people ? { candidate, people, lossy } : { candidate, lossy };
}
