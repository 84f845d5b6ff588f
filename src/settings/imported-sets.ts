// Guideline sets the user imported (a municipality that is not built in, or a
// newer version of a guideline), kept in storage.local under `importedSets`
// as a map id → set. The file comes from anyone, so:
// - a file over MAX_SET_BYTES is refused before it is parsed;
// - JSON errors and every schema error come back with a path and a reason;
// - a refused import writes nothing at all;
// - a built-in set (or the set the employer rolls out) is never overwritten;
// - an imported set with the same id is replaced only when the caller confirms.
import browser from 'webextension-polyfill';
import type { GuidelineSet } from '../engine/types.ts';
import { parseSetText, resolveGuidelineSet } from '../guidelines/catalogue.ts';
import type { ValidationError } from '../guidelines/schema.ts';
import { importedSetsRecord, readImportedSets } from './imported-parse.ts';
import { readManagedPolicy } from './managed.ts';
import { addPendingNotices } from './notices.ts';
import { serialised } from './queue.ts';
import { LIMITS, STORAGE_KEYS, type SettingsNotice } from './settings.ts';
import { loadSettings, onLocalChange } from './store.ts';

export type CheckResult = { ok: true; set: GuidelineSet } | { ok: false; errors: ValidationError[] };

export type ImportResult =
  | { ok: true; set: GuidelineSet; replaced: boolean }
  | {
      ok: false;
      errors: ValidationError[];
      /** Set when the only problem is an imported set with the same id: import again with `replace: true` to replace it. */
      existing?: { id: string; name: string };
    };

export interface ImportOptions {
  /** The user confirmed replacing an imported set that has the same id. */
  replace?: boolean;
}

export { tooLargeError } from '../guidelines/catalogue.ts';

const local = () => browser.storage.local;

/**
 * The catalogue's parseSetText (size, JSON syntax, schema, a built-in set's
 * id), with no storage access. The reasons are the schema's own (English,
 * like the CLI's), for the author of the file.
 */
export function checkSetText(jsonText: string): CheckResult {
  const parsed = parseSetText(jsonText, { refuseBuiltinIds: true });
  return parsed.ok ? parsed : { ok: false, errors: parsed.errors };
}

/** Reads the stored sets; entries that no longer pass the schema are named so the caller can tell the user. */
async function readStored(): Promise<{ sets: GuidelineSet[]; notices: SettingsNotice[]; damaged: boolean }> {
  const raw = (await local().get(STORAGE_KEYS.importedSets))[STORAGE_KEYS.importedSets];
  const read = readImportedSets(raw);
  const notices: SettingsNotice[] = read.dropped.map((setId) => ({ code: 'imported_set_invalid', setId }));
  if (read.unreadable) notices.push({ code: 'corrupted_reset' });
  return { sets: read.sets, notices, damaged: notices.length > 0 };
}

async function writeStored(sets: readonly GuidelineSet[]): Promise<void> {
  if (sets.length === 0) await local().remove(STORAGE_KEYS.importedSets);
  else await local().set({ [STORAGE_KEYS.importedSets]: importedSetsRecord(sets) });
}

/**
 * The imported sets, each checked with the schema again. One that no longer
 * passes is removed from storage and the user is told once; this never throws
 * for bad stored data.
 */
export function loadImportedSets(): Promise<GuidelineSet[]> {
  return serialised(async () => {
    const stored = await readStored();
    if (stored.damaged) {
      // Notices first: a page takes them as soon as the repaired sets reach it (storage.onChanged).
      await addPendingNotices(stored.notices);
      await writeStored(stored.sets);
    }
    return stored.sets;
  });
}

/**
 * Imports a set from JSON text. Refused: a file over MAX_SET_BYTES, invalid
 * JSON, any schema error, a built-in set's id, the id of the set the employer
 * rolls out, a new set when LIMITS.importedSets are stored, and an imported
 * set's id unless `replace` is set. A refused import leaves storage as it was.
 */
export function importSet(jsonText: string, options: ImportOptions = {}): Promise<ImportResult> {
  const checked = checkSetText(jsonText);
  if (!checked.ok) return Promise.resolve(checked);
  const set = checked.set;
  return serialised(async (): Promise<ImportResult> => {
    const policy = await readManagedPolicy();
    if (policy.guidelineSet?.id === set.id) {
      return { ok: false, errors: [{ path: 'id', reason: `"${set.id}" is the id of the set your employer provides, which cannot be replaced here` }] };
    }
    const stored = await readStored();
    const at = stored.sets.findIndex((s) => s.id === set.id);
    const existing = stored.sets[at];
    if (existing !== undefined && options.replace !== true) {
      return {
        ok: false,
        errors: [{ path: 'id', reason: `a set with the id "${set.id}" (${existing.name}) is already imported; confirm to replace it` }],
        existing: { id: existing.id, name: existing.name },
      };
    }
    if (existing === undefined && stored.sets.length >= LIMITS.importedSets) {
      return { ok: false, errors: [{ path: '', reason: `${LIMITS.importedSets} sets are imported already; remove one first` }] };
    }
    const next = [...stored.sets];
    if (existing !== undefined) next[at] = set;
    else next.push(set);
    await writeStored(next);
    if (stored.damaged) await addPendingNotices(stored.notices);
    return { ok: true, set, replaced: existing !== undefined };
  });
}

/**
 * Removes an imported set. When it was the selected set, the settings fall
 * back to the default set through the usual "set unavailable" repair, which
 * also queues the notice that says so.
 */
export async function removeSet(id: string): Promise<{ removed: boolean; wasSelected: boolean }> {
  const removed = await serialised(async () => {
    const stored = await readStored();
    const next = stored.sets.filter((s) => s.id !== id);
    if (next.length === stored.sets.length && !stored.damaged) return false;
    await writeStored(next);
    if (stored.damaged) await addPendingNotices(stored.notices);
    return next.length !== stored.sets.length;
  });
  // Outside the queue: loading the settings queues its own turn.
  const loaded = await loadSettings();
  const wasSelected = loaded.notices.some((n) => n.code === 'set_unavailable' && n.setId === id);
  return { removed, wasSelected };
}

/** A set as a file an author (or another colleague) can import again: pretty JSON with a final newline. */
export function setToJson(set: GuidelineSet): string {
  return `${JSON.stringify(set, null, 2)}\n`;
}

/** The JSON of an imported (or built-in) set; undefined for an id Varsom does not have. */
export async function exportSet(id: string): Promise<string | undefined> {
  const set = resolveGuidelineSet(id, await loadImportedSets());
  return set === undefined ? undefined : setToJson(set);
}

/** Calls back with the valid imported sets whenever they change. */
export function onImportedSetsChanged(cb: (sets: GuidelineSet[]) => void): () => void {
  return onLocalChange(STORAGE_KEYS.importedSets, (value) => cb(readImportedSets(value).sets));
}

