// The active tab's state, refreshed while the popup is open: counts change as
// the user types in the page behind it, and after a pause/resume.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/index.ts';
import { queryActiveTabState, type TabStatus } from './tab-state.ts';

const REFRESH_MS = 2000;

export function useTabState(settings: Settings | undefined): TabStatus {
  const [status, setStatus] = useState<TabStatus>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    const refresh = () => {
      queryActiveTabState()
        .then((next) => {
          if (live) setStatus(next);
        })
        .catch(() => undefined);
    };
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
    // Asking again after a settings change picks up the content script's reaction to it.
  }, [settings]);
  return status;
}
