// The toolbar badge: how many findings the tab's drafts have right now.
import browser from 'webextension-polyfill';

// Amber rather than red: a reminder, not an alarm. White text stays readable on it.
const BADGE_COLOUR = '#8a4b00';

export async function showFindingCount(tabId: number, count: number): Promise<void> {
  const text = count <= 0 ? '' : count > 99 ? '99+' : String(count);
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
  } catch {
    // The tab closed between the report and now: nothing to show.
  }
}
