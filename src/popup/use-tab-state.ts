// The active tab's state, refreshed while the popup is open: counts change as
// the user types in the page behind it, and after a pause/resume.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../settings/index.ts';
import { activeTabId, queryTabState, type TabStatus } from './tab-state.ts';

const REFRESH_MS = 2000;

export function useTabState(settings: Settings | undefined): TabStatus {
  const [status, setStatus] = useState<TabStatus>({ kind: 'loading' });
  // A toolbar popup belongs to the tab it was opened over: that tab is looked
  // up once, and every refresh asks about the same one.
  const tab = useRef<Promise<number | undefined> | undefined>(undefined);
  useEffect(() => {
    let live = true;
    tab.current ??= activeTabId();
    const which = tab.current;
    const refresh = () => {
      which
        .then(queryTabState)
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
