// Findings for case and archive numbers: a keyword ("saksnr", "dnr",
// "ärendenummer", "case no.") followed by a number such as 23/1234,
// 2023/4567-3, KS 2023/45 or 2024-00123.
import type { DetectorInput } from '../../detector.ts';
import type { RawFinding } from '../../types.ts';
import { CASE_KEYWORDS } from './words.ts';
import { maskKeepingShape } from './id-findings.ts';

/** How far after a keyword the number may start (characters). */
const MAX_LEAD = 24;
/** How far a full keyword ("ärendenumret för Idas anmälan är SN 2024/77") may stand before its number. */
const MAX_GAP = 48;

interface CaseNumber {
  /** The number as written, with any registry prefix ("KS 2023/45"). */
  writtenStart: number;
  /** The digits part that gets masked. */
  start: number;
  end: number;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\u00a0' || c === '\t';
}
const UPPER = /^\p{Lu}$/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

function countDigits(text: string, i: number, max: number): number {
  let n = 0;
  while (n <= max && isDigit(text[i + n])) n++;
  return n;
}

/**
 * Parse a case number starting at `from`; `bare` keywords ("sak", "case")
 * need it right away, the others allow "nr.", "no.", ":" and a registry code.
 * Looks at a bounded number of characters.
 */
function parseCaseNumber(text: string, from: number, bare: boolean): CaseNumber | null {
  let i = from;
  const limit = Math.min(text.length, from + MAX_LEAD);
  const skipFiller = (): void => {
    while (i < limit && (isSpace(text[i]) || text[i] === '.' || text[i] === ':' || text[i] === '#')) i++;
  };
  skipFiller();
  // "nr.", "no.", "nummer", "number" between the keyword and the number.
  for (const word of ['nummer', 'number', 'nr', 'no']) {
    if (text.slice(i, i + word.length).toLowerCase() === word && !WORD_CHAR.test(text[i + word.length] ?? '')) {
      i += word.length;
      skipFiller();
      break;
    }
  }
  if (bare && i - from > 4) return null;
  // A registry code in capitals: "KS 2023/45", "BUN-2022/7", "KS2023/45".
  const writtenStart = i;
  let letters = 0;
  while (letters < 7 && i + letters < limit && UPPER.test(text[i + letters] ?? '')) letters++;
  if (letters > 0 && letters <= 6) {
    let j = i + letters;
    if (text[j] === ' ' || text[j] === '-') j++;
    if (isDigit(text[j])) i = j;
  }
  // The number itself.
  const start = i;
  const a = countDigits(text, i, 5);
  if (a < 2 || a > 4) return null;
  i += a;
  const sep = text[i];
  if (sep !== '/' && sep !== '-' && sep !== ':' && sep !== '.') return null;
  i++;
  const b = countDigits(text, i, 8);
  if (b < 1 || b > 7) return null;
  // "2024-03-12" is a date and "12.5" a decimal, not case numbers: with '-' or '.' the year comes first and the serial is long.
  if ((sep === '-' || sep === '.') && (a !== 4 || b < 3)) return null;
  i += b;
  // Optional document number: "23/1234-5".
  if ((text[i] === '-' || text[i] === '/') && isDigit(text[i + 1])) {
    const c = countDigits(text, i + 1, 5);
    if (c >= 1 && c <= 4) i += 1 + c;
  }
  if (WORD_CHAR.test(text[i] ?? '')) return null;
  if ((text[i] === '/' || text[i] === '-' || text[i] === '.' || text[i] === ',') && isDigit(text[i + 1])) return null;
  return { writtenStart: letters > 0 && start > writtenStart ? writtenStart : start, start, end: i };
}

/**
 * A case number a few words after a full keyword, in the same sentence:
 * tried at each word start within MAX_GAP characters (a bounded look).
 */
function numberFurtherOn(text: string, from: number): CaseNumber | null {
  const limit = Math.min(text.length, from + MAX_GAP);
  for (let p = from + 1; p < limit; p++) {
    const c = text[p]!;
    if (c === '\n' || c === '!' || c === '?') return null;
    if (c === '.' && isSpace(text[p + 1]) && UPPER.test(text[p + 2] ?? '')) return null;
    if (!isSpace(text[p - 1])) continue;
    if (isDigit(c) || UPPER.test(c)) {
      const num = parseCaseNumber(text, p, true);
      if (num !== null) return num;
    }
  }
  return null;
}

export function caseFindings(input: DetectorInput): RawFinding[] {
  const text = input.draft.text;
  const findings: RawFinding[] = [];
  let reach = -1;
  for (const m of input.matches(CASE_KEYWORDS)) {
    if (m.start < reach) continue;
    const num = parseCaseNumber(text, m.end, m.tag === 'case-bare') ?? (m.tag === 'case' ? numberFurtherOn(text, m.end) : null);
    if (num === null) continue;
    reach = num.end;
    findings.push({
      kind: 'confidential',
      severity: 'medium',
      spans: [[m.start, num.end]],
      message: { key: 'finding_confidential_case', params: { caseNumber: text.slice(num.writtenStart, num.end) } },
      fix: { type: 'mask', span: [num.start, num.end], replacement: maskKeepingShape(text.slice(num.start, num.end)) },
    });
  }
  return findings;
}
