// Live settings for a page: loaded once, then kept current through
// storage.onChanged, so a change made anywhere shows at once. Three inputs
// make the settings in effect: the user's own settings, the imported
// guideline sets (both in storage.local) and the employer's policy
// (storage.managed); src/settings/effective.ts combines them.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GuidelineSet } from '../engine/types.ts';
import {
  combineSettings,
  loadImportedSets,
  loadSettings,
  onImportedSetsChanged,
  onManagedPolicyChanged,
  onSettingsChanged,
  readManagedPolicy,
  type EffectiveSettings,
  type ManagedPolicy,
  type Settings,
} from '../settings/index.ts';

export function useSettingsView(): EffectiveSettings | undefined {
  const [stored, setStored] = useState<Settings>();
  const [imported, setImported] = useState<GuidelineSet[]>();
  const [policy, setPolicy] = useState<ManagedPolicy>();

  useEffect(() => {
    let live = true;
    const stops = [
      onSettingsChanged((next) => live && setStored(next)),
      onImportedSetsChanged((next) => live && setImported(next)),
      onManagedPolicyChanged((next) => live && setPolicy(next)),
    ];
    // A value that arrived through onChanged while loading is newer than the loaded one.
    loadSettings()
      .then(({ settings }) => live && setStored((current) => current ?? settings))
      .catch(() => undefined);
    loadImportedSets()
      .catch((): GuidelineSet[] => [])
      .then((sets) => live && setImported((current) => current ?? sets));
    // Never rejects: no policy (or an unreadable one) reads as {}.
    void readManagedPolicy().then((loaded) => live && setPolicy((current) => current ?? loaded));
    return () => {
      live = false;
      for (const stop of stops) stop();
    };
  }, []);

  return useMemo(
    () => (stored && imported && policy ? combineSettings(stored, imported, policy) : undefined),
    [stored, imported, policy],
  );
}

