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

// One flat character class repeated: the scan is linear whatever the input.
// Letters, marks, digits, format characters (ZWJ, soft hyphen) and in-word
// apostrophes make up a word; everything else separates words.
const WORD = /[\p{L}\p{M}\p{N}\p{Cf}'’]+/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let raw = m[0];
    let start = m.index;
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
