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

// The letters of the four languages, folded directly: most words need no
// Unicode normalisation at all (it is the slow part).
const DIRECT: Record<string, string> = {
  ...LETTER_MAP,
  å: 'a', ä: 'a', à: 'a', á: 'a', â: 'a', ö: 'o', ó: 'o', ò: 'o', ô: 'o', é: 'e', è: 'e', ê: 'e', ü: 'u', ú: 'u', í: 'i', ç: 'c',
  '’': '', '\u00ad': '', '\u200b': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '',
};

export function fold(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII with no apostrophe: nothing to do.
  let plain = true;
  for (let i = 0; i < lower.length && plain; i++) {
    const code = lower.charCodeAt(i);
    plain = code < 128 && code !== 39;
  }
  if (plain) return lower;
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i]!;
    if (c.charCodeAt(0) < 128) {
      if (c !== "'") out += c;
      continue;
    }
    const direct = DIRECT[c];
    if (direct === undefined) return slowFold(lower);
    out += direct;
  }
  return out;
}

function slowFold(lower: string): string {
  return lower
    .normalize('NFD')
    .replace(DROP, '')
    .replace(MAPPED, (c) => LETTER_MAP[c] ?? c);
}
