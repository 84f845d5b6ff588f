// Asks the worker what Varsom sees in the active tab. The popup needs no
// `tabs` permission for this: tabs.query returns the id without the URL, and
// the worker (which knows the content script) answers for that id.
import browser from 'webextension-polyfill';
import { isTabState, type TabState, type TabStateRequest } from '../shared/messages.ts';

export type TabStatus = { kind: 'loading' } | { kind: 'unknown' } | { kind: 'known'; state: TabState };

export async function queryActiveTabState(): Promise<TabStatus> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return { kind: 'unknown' };
    const request: TabStateRequest = { type: 'tab-state', tabId: tab.id };
    const reply: unknown = await browser.runtime.sendMessage(request);
    return isTabState(reply) ? { kind: 'known', state: reply } : { kind: 'unknown' };
  } catch {
    return { kind: 'unknown' };
  }
}
