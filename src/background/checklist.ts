// Opens the options page at its checklist section. tabs.create needs no
// permission for the extension's own pages; openOptionsPage cannot carry the anchor.
import browser from 'webextension-polyfill';
import { CHECKLIST_ANCHOR, OPTIONS_PAGE } from '../shared/pages.ts';

export async function openChecklist(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`${OPTIONS_PAGE}#${CHECKLIST_ANCHOR}`) });
}
