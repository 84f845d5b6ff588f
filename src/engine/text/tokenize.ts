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
  /** The token as written, in lower case ("vår" stays "vår": folding would make it "var", was). */
  lower: string;
  /** True when the token is all digits. */
  numeric: boolean;
  /** True when the token begins with an upper-case letter as written. */
  capitalised: boolean;
  /** True when the token as written is plain ASCII (no æ, ø, ä, ö, no emoji). */
  ascii: boolean;
}

// Letters, marks, digits, format characters (ZWJ, soft hyphen) and in-word
// apostrophes make up a word; everything else separates words. One pass over
// the UTF-16 code units, so the scan is linear whatever the input. Every
// code unit of the Basic Multilingual Plane is classified once, by a table
// filled on first sight; astral characters (emoji, rare scripts) by a
// Unicode-property test remembered per code point. A regular expression over
// the whole text is several times slower.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}\p{Cf}]$/u;
const UNKNOWN = 0;
const WORD = 1;
const SEPARATOR = 2;
const BMP_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) BMP_CLASS[c] = /[A-Za-z0-9']/.test(String.fromCharCode(c)) ? WORD : SEPARATOR;
BMP_CLASS[0x2019] = WORD; // ’ as an apostrophe
// Lone surrogates separate words; a valid pair is classified as one code point.
for (let c = 0xd800; c < 0xe000; c++) BMP_CLASS[c] = SEPARATOR;
const ASTRAL_WORD = new Map<number, boolean>();

function isBmpWord(code: number): boolean {
  let cls = BMP_CLASS[code]!;
  if (cls === UNKNOWN) {
    cls = WORD_CHAR.test(String.fromCharCode(code)) ? WORD : SEPARATOR;
    BMP_CLASS[code] = cls;
  }
  return cls === WORD;
}

/**
 * The character at i: its width in code units, negative when it separates
 * words (-1 or -2), positive when it belongs to a word (1 or 2).
 */
function charAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return isBmpWord(code) ? 1 : -1;
  const low = text.charCodeAt(i + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return -1;
  const cp = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  let word = ASTRAL_WORD.get(cp);
  if (word === undefined) {
    word = WORD_CHAR.test(String.fromCodePoint(cp));
    if (ASTRAL_WORD.size < 4096) ASTRAL_WORD.set(cp, word);
  }
  return word ? 2 : -2;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Separators: ASCII decided inline, the rest by charAt.
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (BMP_CLASS[code] !== WORD) {
        i++;
        continue;
      }
    } else {
      const width = charAt(text, i);
      if (width < 0) {
        i -= width;
        continue;
      }
    }
    // A word: read it to its end, noting on the way what makes folding and
    // the digit test trivial (plain lower-case ASCII, ASCII digits only).
    let start = i;
    let ascii = true;
    let upper = false;
    let digits = true;
    let quote = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (BMP_CLASS[c] !== WORD) break;
        if (c >= 65 && c <= 90) upper = true;
        else if (c === APOSTROPHE) quote = true;
        if (c < 48 || c > 57) digits = false;
        i++;
      } else {
        const width = charAt(text, i);
        if (width < 0) break;
        ascii = digits = false;
        i += width;
      }
    }
    // Trim apostrophes that quote rather than join ("'kommunen'").
    let end = i;
    if (quote || !ascii) {
      while (start < end && isApostrophe(text.charCodeAt(start))) start++;
      while (end > start && isApostrophe(text.charCodeAt(end - 1))) end--;
      if (start === end) continue;
    }
    const raw = text.slice(start, end);
    const plain = ascii && !quote;
    const lower = upper || !ascii ? raw.toLowerCase() : raw;
    const norm = plain ? lower : fold(raw);
    if (norm.length === 0) continue;
    const first = raw.charCodeAt(0);
    tokens.push({
      index: tokens.length,
      start,
      end,
      raw,
      norm,
      lower,
      numeric: plain ? digits : isDigits(norm),
      capitalised: first < 128 ? first >= 65 && first <= 90 : isCapitalised(raw),
      ascii,
    });
  }
  return tokens;
}

function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_QUOTE;
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Digits of other scripts ("٣٤٥") are rare: a regular expression is fine for them.
    if (c < 48 || c > 57) return c >= 128 && /^\p{N}+$/u.test(s);
  }
  return true;
}

function isCapitalised(raw: string): boolean {
  const first = raw[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
