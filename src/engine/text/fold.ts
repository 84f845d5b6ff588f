// Folding makes "Rømskog", "Romskog" and "RØMSKOG" the same key, so detection
// survives missing diacritics and capitalisation. It works on one token at a
// time: spans always come from the token's place in the original text.

const LETTER_MAP: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
};

// Combining marks (after NFD), format characters such as zero-width joiners and
// soft hyphens, and apostrophes inside words ("kommune's") carry no meaning here.
const DROP = /[\p{M}\p{Cf}'’]/gu;
const MAPPED = /[æøœßđðþł]/g;

export function fold(word: string): string {
  const lower = word.toLowerCase();
  // Fast path: plain ASCII needs nothing else.
  if (/^[\x00-\x7f]*$/.test(lower)) return lower.replace(/'/g, '');
  return lower
    .normalize('NFD')
    .replace(DROP, '')
    .replace(MAPPED, (c) => LETTER_MAP[c] ?? c);
}
