/**
 * A school class as written in a draft, folded: "3B", "10c", "7A" (Norwegian
 * and Swedish schools run classes 1–10, upper secondary up to 13). One
 * definition for every detector that reads classes.
 */
export const CLASS_CODE = /^(?:[1-9]|1[0-3])[a-h]$/;

/** A class given as a number, 1–13: "i 5. klasse", "alla i 9:an". */
export function isClassNumber(t: { numeric: boolean; norm: string }): boolean {
  if (!t.numeric || t.norm.length > 2) return false;
  const n = Number(t.norm);
  return n >= 1 && n <= 13;
}

/** Class words that take a number or a class code: "3. klasse", "klass 7A", "year 5", "5. trinn", "åk 2". Folded. */
export const CLASS_WORDS: ReadonlySet<string> = new Set([
  'klasse', 'klassen', 'klass', 'klassa', 'trinn', 'trinnet', 'steget', 'arskurs', 'ak', 'year', 'grade', 'class', 'form', 'trin',
]);

/** Prepositions that put someone in a class: "i 5B", "på 8. trinn", "in year 6". Folded ("på" is "pa"). */
export const IN_CLASS: ReadonlySet<string> = new Set(['i', 'pa', 'paa', 'in']);
