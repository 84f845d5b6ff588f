// Shows the checklist without taking the user away from the post they are
// writing: the toolbar popup (which lists it) where the browser lets the
// worker open it (action.openPopup: Chrome 127+, Firefox), else the options
// page's checklist section in a small window of its own, beside the post
// rather than in a tab over it.
import browser from 'webextension-polyfill';
import { CHECKLIST_ANCHOR, OPTIONS_PAGE } from '../shared/pages.ts';

type OpenPopup = () => Promise<void>;

export async function openChecklist(): Promise<void> {
  const openPopup = (browser.action as { openPopup?: OpenPopup } | undefined)?.openPopup;
  if (typeof openPopup === 'function') {
    try {
      await openPopup.call(browser.action);
      return;
    } catch {
      // No focused window, or (Firefox) not allowed outside a user action: the page instead.
    }
  }
  const url = browser.runtime.getURL(`${OPTIONS_PAGE}#${CHECKLIST_ANCHOR}`);
  try {
    await browser.windows.create({ url, type: 'popup', width: 520, height: 680 });
  } catch {
    // No windows API (e.g. a mobile browser): a tab is the only way left.
    await browser.tabs.create({ url });
  }
}

/** The options page opens at the welcome (the set choice) while no set is chosen. */
export async function openSetChoice(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
