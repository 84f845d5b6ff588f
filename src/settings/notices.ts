// Notices about stored data ("your settings were reset"), kept in
// storage.local until the popup or the options page shows them once. Stored
// rather than returned only, because whoever loads the settings first (often
// the worker, at start-up) is not where the user can read them.
import browser from 'webextension-polyfill';
import { isRecord } from '../shared/is-record.ts';
import { STORAGE_KEYS, type SettingsNotice, type SettingsNoticeCode } from './settings.ts';

const CODES: readonly SettingsNoticeCode[] = ['corrupted_reset', 'set_unavailable', 'imported_set_invalid', 'people_reset', 'migrated'];

function readNotices(raw: unknown): SettingsNotice[] {
  if (!Array.isArray(raw)) return [];
  const out: SettingsNotice[] = [];
  for (const item of raw) {
    if (!isRecord(item)) continue;
    const code = CODES.find((c) => c === item.code);
    if (!code) continue;
    out.push(typeof item.setId === 'string' ? { code, setId: item.setId } : { code });
  }
  return out;
}

function sameNotice(a: SettingsNotice, b: SettingsNotice): boolean {
  return a.code === b.code && a.setId === b.setId;
}

/** Most important first, so a banner that shows one shows the right one. */
function byImportance(a: SettingsNotice, b: SettingsNotice): number {
  return CODES.indexOf(a.code) - CODES.indexOf(b.code);
}

/** Queues notices; the same notice queued twice (worker and page loading at once) is kept once. */
export async function addPendingNotices(notices: readonly SettingsNotice[]): Promise<void> {
  if (notices.length === 0) return;
  const stored = await browser.storage.local.get(STORAGE_KEYS.notices);
  const pending = readNotices(stored[STORAGE_KEYS.notices]);
  for (const notice of notices) {
    if (!pending.some((p) => sameNotice(p, notice))) pending.push(notice);
  }
  pending.sort(byImportance);
  await browser.storage.local.set({ [STORAGE_KEYS.notices]: pending });
}

/** Returns the pending notices and forgets them, so each is shown once. */
export async function takePendingNotices(): Promise<SettingsNotice[]> {
  const stored = await browser.storage.local.get(STORAGE_KEYS.notices);
  const pending = readNotices(stored[STORAGE_KEYS.notices]);
  if (stored[STORAGE_KEYS.notices] !== undefined) await browser.storage.local.remove(STORAGE_KEYS.notices);
  return pending;
}
