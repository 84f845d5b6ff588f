// Asks the worker what Varsom sees in the active tab. The popup needs no
// `tabs` permission for this: tabs.query returns the id without the URL, and
// the worker (which knows the content script) answers for that id.
import browser from 'webextension-polyfill';
import { parseTabState, type TabState, type TabStateRequest } from '../shared/messages.ts';

export type TabStatus = { kind: 'loading' } | { kind: 'unknown' } | { kind: 'known'; state: TabState };

/** The id of the tab the popup was opened over, if there is one. */
export async function activeTabId(): Promise<number | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  } catch {
    return undefined;
  }
}

export async function queryTabState(tabId: number | undefined): Promise<TabStatus> {
  if (tabId === undefined) return { kind: 'unknown' };
  try {
    const request: TabStateRequest = { type: 'tab-state', tabId };
    const state = parseTabState(await browser.runtime.sendMessage(request));
    return state ? { kind: 'known', state } : { kind: 'unknown' };
  } catch {
    return { kind: 'unknown' };
  }
}
