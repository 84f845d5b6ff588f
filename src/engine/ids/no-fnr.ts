// Norwegian person identifiers: fødselsnummer, D-nummer, H-nummer (and the
// synthetic test numbers built the same way), FH-nummer.
//
// Layout: DDMMYY III K1 K2 — birth date, individual number, two mod-11 control
// digits. Offsets on the date mark the other kinds:
//   day + 40                  D-nummer
//   month + 40                H-nummer (helse) and NAV/Dolly synthetic numbers
//   month + 65                NoCommons' synthetic numbers
//   month + 80                Tenor (Skatteetaten's synthetic register) numbers
//   first digit 8 or 9        FH-nummer (Norsk Helsenett): no date at all
// The day and month offsets combine (a synthetic D-nummer).
//
// Control digits. K1 uses weights 3 7 6 1 8 9 4 5 2 over the nine first
// digits, K2 weights 5 4 3 2 7 6 5 4 3 2 over the ten first. Legacy rule: the
// weighted sum plus the control digit is divisible by 11 (so a remainder that
// would need "10" makes the number impossible). From 2032 Skatteetaten issues
// numbers where the K1 sum may leave a remainder of 0, 1, 2 or 3; K2 is
// unchanged. Numbers issued under the new rule are not tied to a birth year,
// so the relaxed K1 applies to every date-bearing number. FH-numbers are not
// issued by the population register and keep the legacy rule.
//
// Decisions (a nudge, not a registry lookup):
// - The date must exist (29 February only in a year that can be a leap year;
//   the century is not needed for that because every candidate century of a
//   two-digit year agrees, except 00, which we accept).
// - We do not reject birth dates "in the future" or individual numbers whose
//   century range is unassigned. Those depend on today's date and on the
//   individual-number table, which synthetic registers (Dolly, Tenor) and the
//   2032 numbers do not follow; a number that passes both control digits and
//   has a real date is written like an ID, and that is what the user should be
//   told about. Source records labelled invalid only for those reasons are
//   therefore reported.

export type NorwegianIdType = 'fodselsnummer' | 'd-nummer' | 'h-nummer';

export interface NorwegianId {
  type: NorwegianIdType;
  /** Which variant the date offsets (or the leading 8/9) show. */
  variant: 'fnr' | 'dnr' | 'hnr' | 'fh' | 'synthetic';
  /** True for the synthetic test registers' offsets (+65, +80 on the month). */
  synthetic: boolean;
  /** The rule the first control digit passed: the legacy one, or only the 2032 one. */
  rule: 'legacy' | '2032';
  /** Day and month after removing the offsets; absent for FH-numbers. */
  day?: number;
  month?: number;
  /** Two-digit year as written. */
  year2?: number;
}

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function digitAt(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/** Remainder of (weighted sum + control digit) mod 11 for the K1 check. */
function k1Remainder(d: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += W1[i]! * digitAt(d, i);
  return (sum + digitAt(d, 9)) % 11;
}

function k2Remainder(d: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += W2[i]! * digitAt(d, i);
  return (sum + digitAt(d, 10)) % 11;
}

/** Real calendar date for a two-digit year (29 Feb when the year can be a leap year). */
export function plausibleDate(day: number, month: number, year2: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return year2 % 4 === 0;
  return day <= DAYS_IN_MONTH[month - 1]!;
}

const ELEVEN_DIGITS = /^[0-9]{11}$/;

/**
 * Validate 11 digits (no separators) as a Norwegian person identifier.
 * Returns null unless the control digits pass and the (offset) date exists.
 */
export function validateNorwegianId(digits: string): NorwegianId | null {
  if (!ELEVEN_DIGITS.test(digits)) return null;
  if (k2Remainder(digits) !== 0) return null;
  const r1 = k1Remainder(digits);
  const first = digitAt(digits, 0);

  if (first >= 8) {
    // FH-nummer: legacy control digits only, no date.
    if (r1 !== 0) return null;
    return { type: 'h-nummer', variant: 'fh', synthetic: false, rule: 'legacy' };
  }
  if (r1 > 3) return null;
  const rule = r1 === 0 ? 'legacy' : '2032';

  let day = digitAt(digits, 0) * 10 + digitAt(digits, 1);
  let month = digitAt(digits, 2) * 10 + digitAt(digits, 3);
  const year2 = digitAt(digits, 4) * 10 + digitAt(digits, 5);

  const dnr = day > 40;
  if (dnr) day -= 40;

  let monthKind: 'plain' | 'h' | 'synthetic' = 'plain';
  if (month > 80) {
    month -= 80;
    monthKind = 'synthetic';
  } else if (month > 65) {
    month -= 65;
    monthKind = 'synthetic';
  } else if (month > 40) {
    month -= 40;
    monthKind = 'h';
  }
  if (!plausibleDate(day, month, year2)) return null;

  // A D-nummer stays a D-nummer whatever the month offset says; the month
  // offsets alone make an H-nummer (+40) or a synthetic fødselsnummer (+65/+80).
  const type: NorwegianIdType = dnr ? 'd-nummer' : monthKind === 'h' ? 'h-nummer' : 'fodselsnummer';
  const variant: NorwegianId['variant'] = dnr ? 'dnr' : monthKind === 'h' ? 'hnr' : monthKind === 'synthetic' ? 'synthetic' : 'fnr';
  return { type, variant, synthetic: monthKind === 'synthetic', rule, day, month, year2 };
}
