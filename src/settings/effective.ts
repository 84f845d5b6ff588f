// The settings in effect: the user's stored settings, the imported guideline
// sets and the employer's policy, combined. Pure, so the worker and the pages
// compute exactly the same thing from the same three inputs.
import type { GuidelineSet } from '../engine/types.ts';
import { isBuiltinSetId, isKnownSet, resolveGuidelineSet } from '../guidelines/catalogue.ts';
import { BUILTIN_SETS } from '../guidelines/index.ts';
import { applyManaged, type ManagedPolicy, type ManagedState } from './managed.ts';
import type { Settings } from './settings.ts';

export type SetOrigin = 'builtin' | 'imported' | 'managed';

export interface SetEntry {
  set: GuidelineSet;
  origin: SetOrigin;
}

export interface EffectiveSettings {
  /** The user's own settings, as stored (what the pages edit). */
  stored: Settings;
  /** The settings in effect (what the analysis and the pages show). */
  settings: Settings;
  managed: ManagedState;
  /** Every set the user can choose from: built-in, then the employer's, then imported. */
  sets: SetEntry[];
  /**
   * The set in effect; null while none is chosen (first run, or the chosen
   * set is gone) and the employer presets none. The pages then ask for one.
   */
  set: GuidelineSet | null;
}

/**
 * Built-in sets first, then the set the employer rolls out, then the
 * imported ones. An imported set with the same id as the employer's is hidden
 * while the policy provides that id: the employer's version is the one in use.
 */
export function availableSets(imported: readonly GuidelineSet[], policy: ManagedPolicy): SetEntry[] {
  const entries: SetEntry[] = BUILTIN_SETS.map((set) => ({ set, origin: 'builtin' }));
  const managedSet = policy.guidelineSet;
  if (managedSet !== undefined && !isBuiltinSetId(managedSet.id)) entries.push({ set: managedSet, origin: 'managed' });
  for (const set of imported) {
    if (!entries.some((e) => e.set.id === set.id)) entries.push({ set, origin: 'imported' });
  }
  return entries;
}

export function combineSettings(stored: Settings, imported: readonly GuidelineSet[], policy: ManagedPolicy): EffectiveSettings {
  const sets = availableSets(imported, policy);
  const others = sets.filter((e) => e.origin !== 'builtin').map((e) => e.set);
  const { settings, managed } = applyManaged(stored, policy, { isKnownSet: (id) => isKnownSet(id, others) });
  const set = resolveGuidelineSet(settings.setId, others);
  // A set removed since the settings were stored (another tab, another version): none, as the parser would.
  if (set === undefined) settings.setId = null;
  return { stored, settings, managed, sets, set: set ?? null };
}
