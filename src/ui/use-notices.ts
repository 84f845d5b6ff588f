// Notices about stored data, shown once: taken from storage after the
// settings have loaded (loading is what queues them), then only dismissed here.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { takePendingNotices, type SettingsNotice } from '../settings/index.ts';

export function useNotices(settingsLoaded: boolean): { notices: SettingsNotice[]; dismiss: () => void } {
  const [notices, setNotices] = useState<SettingsNotice[]>([]);
  useEffect(() => {
    if (!settingsLoaded) return;
    let live = true;
    takePendingNotices()
      .then((taken) => {
        if (live && taken.length > 0) setNotices(taken);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [settingsLoaded]);
  const dismiss = useCallback(() => setNotices([]), []);
  return { notices, dismiss };
}
