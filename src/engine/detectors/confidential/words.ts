// The confidential detector's words, by the names its readings use. The words
// themselves are data: ../../words/confidential.json and grammar.json.
import { CONFIDENTIAL_WORDS as words, GRAMMAR } from '../../words/index.ts';

export type SensitiveCategory = 'health' | 'child_welfare' | 'social_services' | 'pupil_records' | 'protected_address' | 'closed_meeting';
const SENSITIVE_LISTS: readonly SensitiveCategory[] = ['health', 'child_welfare', 'social_services', 'pupil_records', 'protected_address', 'closed_meeting'];

// ID and case numbers
/** Words that say a number is a person's ID, and words that say it is something else. */
export const ID_CUES = words.compile('id_cues', 'not_id');
/** Keywords that introduce a case or archive number ("case-bare" ones need the number right after them). */
export const CASE_KEYWORDS = words.compile('case_keywords', 'case_bare');

// Sensitive matters and the frames around them
export const SENSITIVE = words.compile(...SENSITIVE_LISTS);
export const CUES = words.compile('work_cues', 'own_cases', 'caseload_cues', 'work_settings');
export const FAMILY = words.compile('family');
/** Patterns of pupil_records that belong to one pupil ("Karis IOP"). */
export const OWNABLE_RECORDS = words.set('ownable_records');
export const CAPITALS_ONLY = words.set('capitals_only');

// Who is being talked about (all folded)
export const PERSON_NOUNS = words.set('person_nouns');
export const PRONOUNS = words.set('pronouns');
export const CARE_NOUNS = words.set('care_nouns');
export const DEFINITE_CARE = words.set('definite_care');
export const DEFINITE_PEOPLE = words.set('definite_people');
export const CARE_PLURALS = words.set('care_plurals');
export const ONE = words.set('one');
export const OF = words.set('of');
export const ARTICLES = words.set('articles');
export const AGE_UNITS = words.set('age_units');
export const AGE_OLD = words.set('age_old');
export const AGE_NOUN_PREFIXES = words.list('age_noun_prefixes');
export const PLACE_NUMBERED = words.set('place_numbered');
export const PLACE_WORDS = words.set('place_words');
export const PUBLIC_PLACE_WORDS = words.set('public_place_words');
export const PLACE_PREPOSITIONS = words.set('place_prepositions');
export const WORKPLACE_FRAME = words.set('workplace_frame');
export const WORKPLACE_LINKS = words.set('workplace_links');
export const HAVE_VERBS = words.set('have_verbs');
export const ELLIPTIC_STARTS = words.set('elliptic_starts');
export const FROM_WORDS = words.set('from_words');
export const NOT_NAMES = words.set('not_names');
export const SUBJECT_VERBS = words.set('subject_verbs');

// The writer, in the grammar's words
/** Compared on the lower-cased word as written ("vår" our, not "var" was). */
export const OWN_POSSESSIVES = GRAMMAR.set('own_possessives');
export const OUR_RAW = GRAMMAR.set('our');
export const FOLDED_OUR = GRAMMAR.set('our_folded');
export const WE = GRAMMAR.set('we');
export const WE_WORDS = GRAMMAR.set('we_words');
export const FIRST_PERSON = GRAMMAR.set('first_person');
