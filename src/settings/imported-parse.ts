// Reading the stored map of imported guideline sets. Pure: the store, the
// worker and the pages share it. Every stored set goes through the one schema
// again (a later version may check more than the one that imported it), and
// whatever does not pass is left out and named, never thrown.
import type { GuidelineSet } from '../engine/types.ts';
import { parseSetData } from '../guidelines/catalogue.ts';
import { isRecord } from '../shared/is-record.ts';
import { LIMITS } from './settings.ts';

export interface ImportedSetsRead {
  /** Valid sets, in the stored order. */
  sets: GuidelineSet[];
  /** Ids (as stored, shortened) of entries that were left out. */
  dropped: string[];
  /** True when the stored value was not a map of sets at all. */
  unreadable: boolean;
}

/** A stored key shown in a notice: short, so a hostile key cannot flood the page. */
function shownKey(key: string): string {
  return key.length > 40 ? `${key.slice(0, 40)}…` : key;
}

export function readImportedSets(raw: unknown): ImportedSetsRead {
  if (raw === undefined) return { sets: [], dropped: [], unreadable: false };
  if (!isRecord(raw)) return { sets: [], dropped: [], unreadable: true };
  const sets: GuidelineSet[] = [];
  const dropped: string[] = [];
  for (const key of Object.keys(raw)) {
    // A built-in set's id is refused here too: a stored copy must never shadow a built-in set.
    const result = parseSetData(Object.getOwnPropertyDescriptor(raw, key)?.value, { refuseBuiltinIds: true });
    const ok = result.ok && result.set.id === key && sets.length < LIMITS.importedSets;
    if (ok) sets.push(result.set);
    else dropped.push(shownKey(key));
  }
  return { sets, dropped, unreadable: false };
}

/** The map as stored: a null-prototype object, so no id can reach Object.prototype. */
export function importedSetsRecord(sets: readonly GuidelineSet[]): Record<string, GuidelineSet> {
  const record = Object.create(null) as Record<string, GuidelineSet>;
  for (const set of sets) record[set.id] = set;
  return record;
}
