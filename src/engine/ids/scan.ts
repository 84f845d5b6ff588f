// Find Norwegian and Swedish person identifiers in free text.
//
// The scan is a single pass over the text that collects runs of ASCII digits,
// then looks at each run and at most two following runs for one of the shapes
// people write IDs in:
//   Norway   DDMMYYIIIKK · DDMMYY IIIKK · DDMMYY-IIIKK · DDMMYY III KK
//   Sweden   YYMMDDNNNC · YYMMDD-NNNC · YYMMDD+NNNC · YYMMDD NNNC
//            CCYYMMDDNNNC · CCYYMMDD-NNNC (and the interim letter forms)
// A shape counts only when it stands alone: a run glued to more digits by a
// hyphen, dot, slash or comma is part of something else (a phone number, a
// date, an account number "1234.56.78903", a longer code), and so is a run
// inside a word, a URL parameter, a handle or a hashtag. Shapes written with
// spaces are accepted only when no other digit group sits next to them, since
// "0046 70 123 45 67" style groupings are phone numbers.
// Everything is linear in the length of the text; no regular expression runs
// over the whole text.

import { validateNorwegianId, type NorwegianId, type NorwegianIdType } from './no-fnr.ts';
import { INTERIM_LETTERS, validateSwedishId, type SwedishId, type SwedishIdType } from './se-pnr.ts';

export type IdType = NorwegianIdType | SwedishIdType;

export interface IdHit {
  /** UTF-16 offsets of the whole number as written, [start, end). */
  start: number;
  end: number;
  /** The number without separators (an interim letter kept). */
  digits: string;
  type: IdType;
  country: 'NO' | 'SE';
  detail: NorwegianId | SwedishId;
}

interface Group {
  start: number;
  end: number;
}

const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2212']);
const SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009', '\u2007']);
/** Characters that glue two digit groups into one larger number. */
const GLUE = new Set(['.', ',', ':', '/', '+', ...HYPHENS]);
/** Characters that, right before a number, make it part of a handle, URL, amount or phone prefix. */
const BLOCK_BEFORE = new Set(['_', '/', '\\', '=', '&', '?', '#', '@', '+', '%', '$', '€', '£', '*', '~']);
const BLOCK_AFTER = new Set(['_', '/', '\\', '=', '&', '@', '%', '*', '~']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

type JoinKind = 'none' | 'hyphen' | 'plus' | 'space';

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isDigitAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isDigit(text.charCodeAt(i));
}

function collectGroups(text: string): Group[] {
  const groups: Group[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    groups.push({ start, end: i });
  }
  return groups;
}

/** How two adjacent groups are joined: by exactly one separator character, or not at all. */
function joinBetween(text: string, a: Group, b: Group): JoinKind | null {
  if (b.start - a.end !== 1) return null;
  const c = text[a.end]!;
  if (HYPHENS.has(c)) return 'hyphen';
  if (c === '+') return 'plus';
  if (SPACES.has(c)) return 'space';
  return null;
}

function standsAlone(text: string, start: number, end: number, loose: boolean): boolean {
  if (start > 0) {
    const c = text[start - 1]!;
    if (LETTER_OR_DIGIT.test(c) || BLOCK_BEFORE.has(c)) return false;
    if (GLUE.has(c) && isDigitAt(text, start - 2)) return false;
    if (loose && SPACES.has(c) && isDigitAt(text, start - 2)) return false;
  }
  if (end < text.length) {
    const c = text[end]!;
    if (LETTER_OR_DIGIT.test(c) || BLOCK_AFTER.has(c)) return false;
    if (GLUE.has(c) && isDigitAt(text, end + 1)) return false;
    if (loose && SPACES.has(c) && isDigitAt(text, end + 1)) return false;
  }
  return true;
}

function len(g: Group | undefined): number {
  return g === undefined ? -1 : g.end - g.start;
}

function digitsOf(text: string, groups: readonly Group[]): string {
  let s = '';
  for (const g of groups) s += text.slice(g.start, g.end);
  return s;
}

interface Candidate {
  start: number;
  end: number;
  compact: string;
  loose: boolean;
  country: 'NO' | 'SE';
  /** Groups consumed, to continue the scan after them. */
  used: number;
}

/** The one shape (if any) that starts at group i. */
function candidateAt(text: string, groups: readonly Group[], i: number): Candidate | null {
  const g0 = groups[i]!;
  const g1 = groups[i + 1];
  const g2 = groups[i + 2];
  const l0 = len(g0);
  const j01 = g1 !== undefined ? joinBetween(text, g0, g1) : null;

  // Interim: YYMMDD[-]L123 or CCYYMMDD[-]L123, the letter in place of a serial digit.
  if ((l0 === 6 || l0 === 8) && g1 !== undefined && len(g1) === 3) {
    const gap = g1.start - g0.end;
    const letterAt = g1.start - 1;
    const letter = text[letterAt] ?? '';
    const sep = gap === 2 ? text[g0.end]! : '';
    if (
      (gap === 1 || (gap === 2 && (HYPHENS.has(sep) || sep === '+'))) &&
      INTERIM_LETTERS.includes(letter) &&
      letter !== ''
    ) {
      const compact = text.slice(g0.start, g0.end) + letter + text.slice(g1.start, g1.end);
      return { start: g0.start, end: g1.end, compact, loose: false, country: 'SE', used: 2 };
    }
  }

  switch (l0) {
    case 11:
      return { start: g0.start, end: g0.end, compact: digitsOf(text, [g0]), loose: false, country: 'NO', used: 1 };
    case 10:
    case 12:
      return { start: g0.start, end: g0.end, compact: digitsOf(text, [g0]), loose: false, country: 'SE', used: 1 };
    case 6: {
      if (g1 === undefined || j01 === null) return null;
      const l1 = len(g1);
      if (l1 === 5 && (j01 === 'hyphen' || j01 === 'space')) {
        return { start: g0.start, end: g1.end, compact: digitsOf(text, [g0, g1]), loose: j01 === 'space', country: 'NO', used: 2 };
      }
      if (l1 === 4) {
        return { start: g0.start, end: g1.end, compact: digitsOf(text, [g0, g1]), loose: j01 === 'space', country: 'SE', used: 2 };
      }
      if (l1 === 3 && j01 === 'space' && g2 !== undefined && len(g2) === 2 && joinBetween(text, g1, g2) === 'space') {
        return { start: g0.start, end: g2.end, compact: digitsOf(text, [g0, g1, g2]), loose: true, country: 'NO', used: 3 };
      }
      return null;
    }
    case 8: {
      if (g1 === undefined || j01 === null || len(g1) !== 4) return null;
      return { start: g0.start, end: g1.end, compact: digitsOf(text, [g0, g1]), loose: j01 === 'space', country: 'SE', used: 2 };
    }
    default:
      return null;
  }
}

/**
 * Every Norwegian or Swedish person identifier in the text, in text order,
 * that passes its checksum and date checks. Never throws.
 */
export function findIdNumbers(text: string): IdHit[] {
  const hits: IdHit[] = [];
  const groups = collectGroups(text);
  let i = 0;
  while (i < groups.length) {
    const cand = candidateAt(text, groups, i);
    if (cand === null || !standsAlone(text, cand.start, cand.end, cand.loose)) {
      i++;
      continue;
    }
    const detail = cand.country === 'NO' ? validateNorwegianId(cand.compact) : validateSwedishId(cand.compact);
    if (detail === null) {
      i++;
      continue;
    }
    hits.push({ start: cand.start, end: cand.end, digits: cand.compact, type: detail.type, country: cand.country, detail });
    i += cand.used;
  }
  return hits;
}
