import { fold } from './fold.ts';

export interface Token {
  /** Position in the token list. */
  index: number;
  /** UTF-16 offsets into the original text, [start, end). */
  start: number;
  end: number;
  /** The token as written. */
  raw: string;
  /** Folded: lower case, no diacritics, no zero-width characters. */
  norm: string;
  /** True when the token is all digits. */
  numeric: boolean;
  /** True when the token begins with an upper-case letter as written. */
  capitalised: boolean;
}

// Letters, marks, digits, format characters (ZWJ, soft hyphen) and in-word
// apostrophes make up a word; everything else separates words. One pass over
// the characters, so the scan is linear whatever the input. ASCII is decided
// by a table; other characters by a Unicode-property test remembered per
// code point (a regular expression over the whole text is several times slower).
const WORD_CHAR = /^[\p{L}\p{M}\p{N}\p{Cf}]$/u;
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_WORD[c] = /[A-Za-z0-9']/.test(ch) ? 1 : 0;
}
const OTHER_WORD = new Map<number, boolean>();

function isWordChar(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp] === 1;
  if (cp === 0x2019) return true; // ’ as an apostrophe
  let known = OTHER_WORD.get(cp);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(cp));
    if (OTHER_WORD.size < 4096) OTHER_WORD.set(cp, known);
  }
  return known;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    // skip separators
    let cp = text.codePointAt(i)!;
    while (!isWordChar(cp)) {
      i += cp > 0xffff ? 2 : 1;
      if (i >= text.length) return tokens;
      cp = text.codePointAt(i)!;
    }
    let start = i;
    while (i < text.length && isWordChar(cp)) {
      i += cp > 0xffff ? 2 : 1;
      if (i < text.length) cp = text.codePointAt(i)!;
    }
    let raw = text.slice(start, i);
    // Trim apostrophes that quote rather than join ("'kommunen'").
    while (raw.length > 0 && (raw[0] === "'" || raw[0] === '’')) {
      raw = raw.slice(1);
      start++;
    }
    while (raw.length > 0 && (raw.endsWith("'") || raw.endsWith('’'))) raw = raw.slice(0, -1);
    const norm = fold(raw);
    if (norm.length === 0) continue;
    tokens.push({
      index: tokens.length,
      start,
      end: start + raw.length,
      raw,
      norm,
      numeric: isDigits(norm),
      capitalised: isCapitalised(raw),
    });
  }
  return tokens;
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return /^\p{N}+$/u.test(s); // other scripts' digits, rarely
  }
  return true;
}

function isCapitalised(raw: string): boolean {
  const first = raw[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
