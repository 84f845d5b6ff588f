// School classes as a draft writes them: "3B", "10c", "i 5. klasse", "klass 7A",
// "year 5". One definition for every detector that reads classes; the words
// are in ../words/classes.json.
import { SCHOOL_CLASS_WORDS } from '../words/index.ts';

/**
 * A school class code, folded: "3B", "10c", "7A" (Norwegian and Swedish schools
 * run classes 1–10, upper secondary up to 13).
 */
export const CLASS_CODE = /^(?:[1-9]|1[0-3])[a-h]$/;

/** A class given as a number, 1–13: "i 5. klasse", "alla i 9:an". */
export function isClassNumber(t: { numeric: boolean; norm: string }): boolean {
  if (!t.numeric || t.norm.length > 2) return false;
  const n = Number(t.norm);
  return n >= 1 && n <= 13;
}

/** Class words that take a number or a class code: "3. klasse", "klass 7A", "year 5", "5. trinn", "åk 2". Folded. */
export const CLASS_WORDS: ReadonlySet<string> = SCHOOL_CLASS_WORDS.set('class_words');

/** Prepositions that put someone in a class: "i 5B", "på 8. trinn", "in year 6". Folded. */
export const IN_CLASS: ReadonlySet<string> = SCHOOL_CLASS_WORDS.set('in_class');

/**
 * Age-group codes of sports teams: Norwegian G12, J14 (gutter, jenter) and
 * Swedish P12, F14 (pojkar, flickor). "Til alle foreldre på G12" is a team.
 */
export const TEAM_CODE = /^[gjpf](?:[5-9]|1[0-9])$/;
