// Live settings for a page: loaded once, then kept current through
// storage.onChanged, so a change made anywhere shows at once.
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged, type Settings } from '../settings/index.ts';

export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    const stop = onSettingsChanged((next) => {
      if (live) setSettings(next);
    });
    loadSettings()
      .then(({ settings: loaded }) => {
        // A change that arrived while loading is newer than what was loaded.
        if (live) setSettings((current) => current ?? loaded);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}
