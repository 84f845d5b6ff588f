// Notices about stored data, shown once: taken from storage after the
// settings have loaded (loading is what queues them), then only dismissed here.
// `refresh` takes notices queued later by something the page itself did
// (removing the selected imported set, say).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { takePendingNotices, type SettingsNotice } from '../settings/index.ts';

export function useNotices(settingsLoaded: boolean): { notices: SettingsNotice[]; dismiss: () => void; refresh: () => void } {
  const [notices, setNotices] = useState<SettingsNotice[]>([]);
  const live = useRef(true);
  const take = useCallback(() => {
    takePendingNotices()
      .then((taken) => {
        if (live.current && taken.length > 0) {
          setNotices((current) => [...current, ...taken.filter((t) => !current.some((c) => c.code === t.code && c.setId === t.setId))]);
        }
      })
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  useEffect(() => {
    if (settingsLoaded) take();
  }, [settingsLoaded, take]);
  const dismiss = useCallback(() => setNotices([]), []);
  return { notices, dismiss, refresh: take };
}
