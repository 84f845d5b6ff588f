// Cleaning of user-typed text lists (workplaces, people from work). Shared by
// the settings parser and the people-list store so both apply the same rules.
import { LIMITS } from './settings.ts';

/** Trims and collapses inner whitespace; '' for blank input. */
export function normalizeEntry(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

export interface CleanedList {
  list: string[];
  /** False when something had to be dropped because it could not be read. */
  ok: boolean;
}

/**
 * Reads a stored list of names. Blank entries and case-insensitive duplicates
 * are dropped quietly (they carry no information); anything that is not a
 * short string, or entries past the size limit, make the list "not ok" so the
 * caller can tell the user that something was lost.
 */
export function cleanList(raw: unknown): CleanedList {
  if (!Array.isArray(raw)) return { list: [], ok: false };
  const list: string[] = [];
  const seen = new Set<string>();
  let ok = true;
  for (const item of raw) {
    if (typeof item !== 'string') {
      ok = false;
      continue;
    }
    const entry = normalizeEntry(item);
    if (entry === '') continue;
    if (entry.length > LIMITS.entryLength) {
      ok = false;
      continue;
    }
    const folded = entry.toLocaleLowerCase();
    if (seen.has(folded)) continue;
    if (list.length >= LIMITS.listEntries) {
      ok = false;
      break;
    }
    seen.add(folded);
    list.push(entry);
  }
  return { list, ok };
}
