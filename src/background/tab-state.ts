// What the popup shows for a tab. The content script is the source of truth
// (it watches the boxes); the last report is only a fallback, because a
// restarted worker has lost it.
import browser from 'webextension-polyfill';
import { siteForUrl } from '../content/sites/hosts.ts';
import { parseTabState, type ReportStateRequest, type TabState } from '../shared/messages.ts';

// Lost whenever Chrome stops the worker, which is fine: it is only a fallback.
// (No tabs.onRemoved clean-up: that would wake the worker for every closed tab.)
const lastReports = new Map<number, TabState>();

export function rememberReport(tabId: number, state: TabState): void {
  lastReports.set(tabId, state);
}

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

export async function tabStateFor(tabId: number): Promise<TabState> {
  const ask: ReportStateRequest = { type: 'report-state' };
  try {
    const live = parseTabState(await browser.tabs.sendMessage(tabId, ask));
    if (live) {
      rememberReport(tabId, live);
      return live;
    }
  } catch {
    // No content script in the tab (another site, or a tab opened before Varsom was installed).
  }
  const remembered = lastReports.get(tabId);
  if (remembered) return remembered;
  // A supported site without a running content script: the popup can suggest reloading the tab.
  let site: TabState['site'] = null;
  try {
    site = siteForUrl((await browser.tabs.get(tabId)).url);
  } catch {
    site = null;
  }
  return { site, watching: 0, findings: 0, paused: false };
}
