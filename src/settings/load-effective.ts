// Loads the three inputs of the settings in effect: the user's settings, the
// imported sets and the employer's policy.
import { combineSettings, type EffectiveSettings } from './effective.ts';
import { loadImportedSets } from './imported-sets.ts';
import { readManagedPolicy } from './managed.ts';
import { loadSettings } from './store.ts';

export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  const [loaded, imported, policy] = await Promise.all([loadSettings(), loadImportedSets(), readManagedPolicy()]);
  return combineSettings(loaded.settings, imported, policy);
}
