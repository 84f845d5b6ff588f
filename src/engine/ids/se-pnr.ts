// Swedish personnummer, samordningsnummer and interimsnummer.
//
// Layout: [CC]YYMMDD NNN C — optional century, birth date, a three-digit
// serial and a Luhn check digit computed over the ten digits YYMMDDNNN.
//   day + 60                samordningsnummer
//   letter as serial digit  interimsnummer (personnummer spec v3.1); the
//                           letter counts as 1 in the Luhn sum
//
// Decisions:
// - Serial 000 is never issued: rejected (personnummer/meta labels such a
//   number invalid even though Luhn and date pass).
// - Samordningsnummer may have 00 for an unknown month or day (Skatteverket's
//   own test numbers do); accepted for samordningsnummer only.
// - A space between date and serial ("19090527 1474") is accepted by the
//   scanner (./scan.ts): personnummer/meta labels that format invalid, but it
//   is how people type the number, and the brief asks for it.
// - Interimsnummer are reported as `personnummer`: they stand in for one, and
//   the UI has no separate label for them.

import { plausibleDate } from './no-fnr.ts';

export type SwedishIdType = 'personnummer' | 'samordningsnummer';

export interface SwedishId {
  type: SwedishIdType;
  interim: boolean;
  /** Four-digit year when the century was written. */
  year4?: number;
  year2: number;
  month: number;
  /** Day with the samordningsnummer offset removed (0 when unknown). */
  day: number;
}

/** Letters that may replace the first serial digit of an interimsnummer. */
export const INTERIM_LETTERS = 'JKLMNRSTUWX';

function code(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

function isDigitCode(c: number): boolean {
  return c >= 0 && c <= 9;
}

/** Luhn over ten characters, the check digit last; an interim letter counts as 1. */
function luhnOk(ten: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let v = code(ten, i);
    if (!isDigitCode(v)) v = 1;
    if (i % 2 === 0) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}

function leap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Validate a Swedish identifier written compactly: 10 or 12 characters
 * (YYMMDDNNNC or CCYYMMDDNNNC), digits except an interim letter at the first
 * serial position. A single '-' or '+' before the last four is tolerated.
 */
export function validateSwedishId(compact: string): SwedishId | null {
  let s = compact;
  if (s.length === 11 || s.length === 13) {
    const sep = s[s.length - 5];
    if (sep !== '-' && sep !== '+') return null;
    s = s.slice(0, s.length - 5) + s.slice(s.length - 4);
  }
  if (s.length !== 10 && s.length !== 12) return null;
  const offset = s.length - 10;
  let interim = false;
  for (let i = 0; i < s.length; i++) {
    if (isDigitCode(code(s, i))) continue;
    // Only the first serial position may hold a letter.
    if (i === offset + 6 && INTERIM_LETTERS.includes(s[i]!.toUpperCase())) {
      interim = true;
      continue;
    }
    return null;
  }
  const ten = s.slice(offset);
  if (!luhnOk(ten)) return null;
  if (!interim && ten.slice(6, 9) === '000') return null;

  let year4: number | undefined;
  if (offset === 2) {
    const century = code(s, 0) * 10 + code(s, 1);
    if (century < 18 || century > 20) return null;
    year4 = century * 100 + code(s, 2) * 10 + code(s, 3);
  }
  const year2 = code(ten, 0) * 10 + code(ten, 1);
  const month = code(ten, 2) * 10 + code(ten, 3);
  let day = code(ten, 4) * 10 + code(ten, 5);

  const coordination = day >= 60;
  if (coordination) {
    day -= 60;
    // Unknown month or day (00) is allowed for samordningsnummer.
    if (month > 12 || day > 31) return null;
    if (month !== 0 && day !== 0 && !dateOk(day, month, year2, year4)) return null;
  } else if (!dateOk(day, month, year2, year4)) {
    return null;
  }
  return {
    type: coordination ? 'samordningsnummer' : 'personnummer',
    interim,
    ...(year4 !== undefined ? { year4 } : {}),
    year2,
    month,
    day,
  };
}

function dateOk(day: number, month: number, year2: number, year4: number | undefined): boolean {
  if (year4 !== undefined && month === 2 && day === 29) return leap(year4);
  return plausibleDate(day, month, year2);
}
