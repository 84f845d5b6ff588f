// Findings for sensitive details (health, child welfare, social services,
// pupil records, protected addresses, closed meetings) tied to a person the
// writer knows from work.
//
// News, tweets and reviews name people and illnesses all the time, so a
// sensitive word next to a capitalised word is not enough. A finding needs an
// anchor:
//   strong  a person pinned down by the writer's service: "en elev i 5B",
//           "pasienten på rom 4", "brukeren vår", "min elev", "a 14-year-old
//           boy in our unit", "vi har en elev…", or a name from the user's
//           people-from-work list
//   weak    a name, a bare "eleven"/"pasienten", or an age ("en 14 år gammel
//           gutt"): counts only with a first-person work cue nearby ("i dag på
//           jobb", "hos oss", "jeg jobber", "pasienten min")
// and the anchor must sit in the same sentence as the sensitive word (or the
// next/previous one, a few words away).
import type { DetectorInput } from '../../detector.ts';
import type { RawFinding, Span } from '../../types.ts';
import type { Token } from '../../text/tokenize.ts';
import { compileTerms, matchTerms, type TermMatch } from '../../text/terms.ts';
import {
  AGE_NOUN_PREFIXES,
  AGE_OLD,
  AGE_UNITS,
  ARTICLES,
  CARE_NOUNS,
  CARE_PLURALS,
  CLASS_WORDS,
  FIRST_PERSON,
  HAVE_VERBS,
  OF,
  ONE,
  OWN_POSSESSIVES,
  PERSON_NOUNS,
  PLACE_NUMBERED,
  PLACE_PREPOSITIONS,
  PLACE_WORDS,
  SENSITIVE_TERMS,
  WE,
  WORK_CUE_TERMS,
  WORKPLACE_FRAME,
  WORKPLACE_LINKS,
  type SensitiveCategory,
} from './lexicon.ts';
import { isSentenceStart, nameLike, nameRun, plainNameShape, sentenceIndex, workPeople } from './people.ts';

const SENSITIVE = compileTerms(SENSITIVE_TERMS);
const CUES = compileTerms(WORK_CUE_TERMS);

/** Acronyms that are ordinary words or file types in lower case ("ppt"): only written in capitals do they count. */
const CAPITALS_ONLY: ReadonlySet<string> = new Set(['iop', 'ppt', 'eht', 'lvu', 'lpt', 'cps', 'iep', 'ehcp', 'ocd', 'sen', 'ivp']);
/** Folded forms of "vår" that are also "var" (was): a pattern meaning "our" needs the å as written. */
const FOLDED_OUR: ReadonlySet<string> = new Set(['var', 'vart', 'vare', 'vara']);
const DEFINITE_CARE = new Set([
  'eleven', 'pasienten', 'brukeren', 'brukaren', 'beboeren', 'bebuaren', 'klienten', 'patienten', 'vardtagaren', 'omsorgstagaren',
  'deltakeren', 'deltakaren', 'boenden',
]);
const CLASS_CODE = /^(?:[1-9]|1[0-3])[a-h]$/;
/** Words between an anchor and its qualifier ("en elev i 5B", "a boy in our unit"). */
const QUALIFIER_REACH = 5;
/** A weak anchor needs its work cue within this many words of the sensitive word. */
const CUE_REACH = 40;
/** An anchor ties to a sensitive word at most this many words away (same sentence). */
const TIE_REACH = 20;
/** An anchor in a neighbouring sentence counts only this close. */
const NEIGHBOUR_REACH = 10;
const MAX_SPANS = 6;

type Strength = 'strong' | 'weak';
interface Anchor {
  first: number;
  last: number;
  /** The person word itself (the qualifier may run over a sensitive word: "en pasient med psykose på avdelingen"). */
  head: number;
  strength: Strength;
}

function isSmallNumber(t: Token | undefined, max: number): boolean {
  if (t === undefined || !t.numeric) return false;
  const n = Number(t.norm);
  return n >= 1 && n <= max;
}

function isOwnPossessive(t: Token | undefined): boolean {
  return t !== undefined && OWN_POSSESSIVES.has(t.raw.toLowerCase());
}

interface Scan {
  text: string;
  tokens: readonly Token[];
  sentences: Int32Array;
}

/**
 * The last token of a qualifier that pins down the person ending at `end`, or
 * -1. A possessive right after the person counts only for people in care
 * ("eleven min"): after a name it is affection ("Kari mi"), after "gutten" or
 * "jenta" the writer's own child.
 */
function qualifierAfter(s: Scan, end: number, careNoun: boolean): number {
  const { tokens, sentences } = s;
  const sentence = sentences[end];
  for (let j = end + 1; j <= end + QUALIFIER_REACH && j < tokens.length; j++) {
    if (sentences[j] !== sentence) break;
    const t = tokens[j]!;
    const prev = tokens[j - 1]!;
    const next = tokens[j + 1];
    // Written in lower case: "My Misspent Youth" and "Mitt liv som hund" are titles.
    if (isOwnPossessive(t) && t.raw === t.raw.toLowerCase()) {
      // "in our unit", "på skolen vår" (after a preposition, the place follows)
      if (PLACE_PREPOSITIONS.has(prev.norm)) return next !== undefined && sentences[j + 1] === sentence ? j + 1 : j;
      // "eleven min", "pasienten vår", "i klassen min"
      if ((j <= end + 2 && careNoun) || PLACE_WORDS.has(prev.norm) || PLACE_NUMBERED.has(prev.norm) || CLASS_WORDS.has(prev.norm)) return j;
      if (j >= 2 && PLACE_PREPOSITIONS.has(tokens[j - 2]!.norm)) return j;
    }
    // "i 5B", "klass 7A"
    if (CLASS_CODE.test(t.norm) && (PLACE_PREPOSITIONS.has(prev.norm) || CLASS_WORDS.has(prev.norm))) return j;
    if (CLASS_WORDS.has(t.norm)) {
      // "3. klasse", "5. trinn"
      if (isSmallNumber(prev, 13)) return j;
      // "klasse 3", "year 5", "klass 7A"
      if (isSmallNumber(next, 13) || (next !== undefined && CLASS_CODE.test(next.norm))) return j + 1;
      // "i klassen min", "in my class"
      if (isOwnPossessive(next)) return j + 1;
      if (isOwnPossessive(prev)) return j;
    }
    // "på rom 12", "in room 4", "på bu 3"
    if (PLACE_NUMBERED.has(t.norm) && next !== undefined && (isSmallNumber(next, 9999) || CLASS_CODE.test(next.norm))) return j + 1;
    // "på avdelingen", "on the ward"
    if (PLACE_WORDS.has(t.norm) && (PLACE_PREPOSITIONS.has(prev.norm) || prev.norm === 'the')) return j;
    // "hos oss", "hjå oss"
    if ((t.norm === 'oss' || t.norm === 'us') && (prev.norm === 'hos' || prev.norm === 'hja' || prev.norm === 'with')) return j;
  }
  return -1;
}

/** The first token of a qualifier before the person starting at `start` ("min elev", "vi har fått en elev"), or -1. */
function qualifierBefore(s: Scan, start: number): number {
  const { tokens, sentences } = s;
  let k = start - 1;
  // Skip an article and an adjective or two: "en ny elev", "a new patient".
  let skipped = 0;
  while (k >= 0 && skipped < 2 && sentences[k] === sentences[start] && (ARTICLES.has(tokens[k]!.norm) || !tokens[k]!.capitalised) && !isOwnPossessive(tokens[k]) && !HAVE_VERBS.has(tokens[k]!.norm)) {
    k--;
    skipped++;
  }
  const own = tokens[k];
  if (own !== undefined && isOwnPossessive(own) && sentences[k] === sentences[start] && (own.raw === own.raw.toLowerCase() || k === 0 || sentences[k - 1] !== sentences[k])) return k;
  // "vi har (fått) en elev", "we have a patient"
  for (let j = start - 1; j >= Math.max(0, start - 5); j--) {
    if (sentences[j] !== sentences[start]) break;
    if (HAVE_VERBS.has(tokens[j]!.norm)) {
      const w = tokens[j - 1];
      const w2 = tokens[j - 2];
      if (w !== undefined && WE.has(w.norm)) return j - 1;
      if (w !== undefined && w2 !== undefined && HAVE_VERBS.has(w.norm) && WE.has(w2.norm)) return j - 2;
    }
  }
  return -1;
}

/**
 * "en av elevene (mine)", "ein av bebuarane", "one of my patients": token range
 * and whether a possessive makes the group the writer's own.
 */
function oneOfGroup(tokens: readonly Token[], sentences: Int32Array, i: number): [number, number, boolean] | null {
  const one = tokens[i];
  const of = tokens[i + 1];
  if (one === undefined || of === undefined || !ONE.has(one.norm) || !OF.has(of.norm)) return null;
  let j = i + 2;
  let own = false;
  if (isOwnPossessive(tokens[j]) || (tokens[j] !== undefined && tokens[j]!.norm === 'the')) {
    own = isOwnPossessive(tokens[j]);
    j++;
  }
  const noun = tokens[j];
  if (noun === undefined || !CARE_PLURALS.has(noun.norm) || sentences[j] !== sentences[i]) return null;
  const after = tokens[j + 1];
  if (after !== undefined && sentences[j + 1] === sentences[j] && isOwnPossessive(after) && after.raw === after.raw.toLowerCase()) {
    return [i, j + 1, true];
  }
  return [i, j, own];
}

/** "14 år gammel gutt", "14-åringen", "a 14-year-old boy": the age phrase's token range. */
function agePhrase(tokens: readonly Token[], i: number): [number, number] | null {
  const n = tokens[i];
  if (!isSmallNumber(n, 110)) return null;
  const a = tokens[i + 1];
  if (a === undefined) return null;
  if (AGE_NOUN_PREFIXES.some((p) => a.norm.startsWith(p) && a.norm !== 'year' && a.norm !== 'years')) {
    // "14-åring(en)", "14-årig pojke"
    const noun = tokens[i + 2];
    return noun !== undefined && PERSON_NOUNS.has(noun.norm) ? [i, i + 2] : [i, i + 1];
  }
  if (!AGE_UNITS.has(a.norm)) return null;
  const old = tokens[i + 2];
  if (old === undefined || !AGE_OLD.has(old.norm)) return null;
  const noun = tokens[i + 3];
  if (noun !== undefined && PERSON_NOUNS.has(noun.norm)) return [i, i + 3];
  return [i, i + 2];
}

function findAnchors(s: Scan, excluded: Uint8Array, input: DetectorInput): Anchor[] {
  const { text, tokens, sentences } = s;
  const anchors: Anchor[] = [];
  for (const [a, b] of workPeople(tokens, input.ctx.profile.peopleFromWork)) anchors.push({ first: a, last: b, head: a, strength: 'strong' });

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (excluded[i] === 1 && !PERSON_NOUNS.has(t.norm)) {
      i++;
      continue;
    }
    let range: [number, number] | null = null;
    let bareWeak = false;
    let isName = false;
    const age = agePhrase(tokens, i);
    const group = oneOfGroup(tokens, sentences, i);
    if (group !== null) {
      // "en av elevene mine", "one of my patients": one person out of the writer's own group.
      const [gFirst, gLast, own] = group;
      const after = qualifierAfter(s, gLast, false);
      anchors.push({ first: gFirst, last: Math.max(gLast, after), head: gFirst, strength: own || after >= 0 ? 'strong' : 'weak' });
      i = Math.max(gLast, after) + 1;
      continue;
    }
    if (age !== null) {
      range = age;
      bareWeak = true;
    } else if (PERSON_NOUNS.has(t.norm)) {
      range = [i, i];
      const prev = tokens[i - 1];
      bareWeak = CARE_NOUNS.has(t.norm) && (DEFINITE_CARE.has(t.norm) || (prev !== undefined && ARTICLES.has(prev.norm)));
    } else if (nameLike(text, tokens, sentences, i, excluded)) {
      range = nameRun(text, tokens, sentences, i, excluded);
      bareWeak = true;
      isName = true;
    } else if (excluded[i] !== 1 && isSentenceStart(sentences, i) && plainNameShape(t, text) && qualifierAfter(s, i, false) === i + 2) {
      // "Kari i 5B har …": a sentence-initial name pinned down by a class or room right after it.
      range = [i, i];
      isName = true;
    }
    if (range === null) {
      i++;
      continue;
    }
    const [first, last] = range;
    // Only people in care take a possessive: "min elev", "eleven min", "vi har en pasient"; but
    // "min Kari", "min 14 år gamle sønn", "gutten min" are family, "My Misspent Youth" a title.
    const careNoun = !isName && age === null && CARE_NOUNS.has(t.norm);
    // Qualifiers chain: "eleven min i 4A", "a boy in our unit on ward 3".
    let after = qualifierAfter(s, last, careNoun);
    for (let more = 0; after >= 0 && more < 3; more++) {
      const further = qualifierAfter(s, after, false);
      if (further < 0 || further > after + 3) break;
      after = further;
    }
    const before = careNoun ? qualifierBefore(s, first) : -1;
    // The span starts at the article: "En elev i 5B", "a 14-year-old boy".
    const article = tokens[first - 1];
    const from = article !== undefined && !isName && ARTICLES.has(article.norm) && sentences[first - 1] === sentences[first] ? first - 1 : first;
    if (after >= 0 || before >= 0) {
      anchors.push({ first: before >= 0 ? before : from, last: after >= 0 ? after : last, head: first, strength: 'strong' });
    } else if (bareWeak) {
      anchors.push({ first: from, last, head: first, strength: 'weak' });
    }
    i = last + 1;
  }
  return anchors;
}

/** Keep only the outermost of overlapping matches, in text order. */
function outermost(matches: TermMatch[]): TermMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermMatch[] = [];
  let reach = -1;
  for (const m of sorted) {
    if (m.end <= reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}

function acceptSensitive(m: TermMatch, tokens: readonly Token[]): boolean {
  if (m.first === m.last) {
    const t = tokens[m.first]!;
    if (CAPITALS_ONLY.has(t.norm) && t.raw !== t.raw.toUpperCase()) return false;
  }
  // "jobber i barnevernet", "works in child protection": the workplace, not a detail about anyone.
  let k = m.first - 1;
  let links = 0;
  while (k >= 0 && links < 2 && WORKPLACE_LINKS.has(tokens[k]!.norm)) {
    k--;
    links++;
  }
  return !(links > 0 && k >= 0 && WORKPLACE_FRAME.has(tokens[k]!.norm));
}

function acceptCue(m: TermMatch, tokens: readonly Token[], sentences: Int32Array, firstPersonSentence: Uint8Array): boolean {
  for (let k = m.first; k <= m.last; k++) {
    const t = tokens[k]!;
    if (FOLDED_OUR.has(t.norm) && !OWN_POSSESSIVES.has(t.raw.toLowerCase())) return false;
  }
  // A work setting is the writer's own only with a first-person word in the same sentence.
  return m.tag !== 'context' || firstPersonSentence[sentences[m.first]!] === 1;
}

function isFirstPerson(t: Token): boolean {
  if (t.raw === 'I') return true;
  return FIRST_PERSON.has(t.norm);
}

function distance(aFirst: number, aLast: number, bFirst: number, bLast: number): number {
  if (aLast < bFirst) return bFirst - aLast;
  if (bLast < aFirst) return aFirst - bLast;
  return 0;
}

/** For every token, the distance in words to the nearest accepted work cue (two linear passes). */
function cueDistances(n: number, cues: readonly TermMatch[]): Int32Array {
  const BIG = 1 << 30;
  const dist = new Int32Array(n).fill(BIG);
  for (const c of cues) for (let k = c.first; k <= c.last; k++) dist[k] = 0;
  for (let k = 1; k < n; k++) dist[k] = Math.min(dist[k]!, dist[k - 1]! + 1);
  for (let k = n - 2; k >= 0; k--) dist[k] = Math.min(dist[k]!, dist[k + 1]! + 1);
  return dist;
}

export function sensitiveFindings(input: DetectorInput): RawFinding[] {
  const { tokens } = input;
  const text = input.draft.text;
  const sensitive = outermost(matchTerms(tokens, SENSITIVE)).filter((m) => acceptSensitive(m, tokens));
  if (sensitive.length === 0) return [];

  const sentences = sentenceIndex(text, tokens);
  const s: Scan = { text, tokens, sentences };
  const excluded = new Uint8Array(tokens.length);
  const inSensitive = new Uint8Array(tokens.length);
  for (const m of sensitive) for (let k = m.first; k <= m.last; k++) excluded[k] = inSensitive[k] = 1;
  for (const t of tokens) {
    if (PERSON_NOUNS.has(t.norm) || CLASS_WORDS.has(t.norm) || PLACE_NUMBERED.has(t.norm) || PLACE_WORDS.has(t.norm)) excluded[t.index] = 1;
  }

  // Anchors in text order, none overlapping a sensitive word; indexed by their first token.
  const anchors = findAnchors(s, excluded, input)
    .filter((a) => inSensitive[a.head] !== 1)
    .sort((a, b) => a.first - b.first);
  if (anchors.length === 0) return [];

  const sentenceCount = tokens.length === 0 ? 0 : sentences[tokens.length - 1]! + 1;
  const firstPersonSentence = new Uint8Array(sentenceCount);
  for (const t of tokens) if (isFirstPerson(t)) firstPersonSentence[sentences[t.index]!] = 1;
  // A closed meeting the writer took part in ("i lukket møte i kveld … jeg kan si") is a work frame too.
  const closed = sensitive.filter((m) => m.tag === 'closed_meeting').map((m) => ({ ...m, tag: 'context' }));
  const cues = [...matchTerms(tokens, CUES), ...closed].filter((m) => acceptCue(m, tokens, sentences, firstPersonSentence));
  const cueDist = cueDistances(tokens.length, cues);

  const byCategory = new Map<SensitiveCategory, Span[]>();
  let lo = 0;
  for (const m of sensitive) {
    // Only anchors within TIE_REACH words can tie; the window slides forward with m.
    while (lo < anchors.length && anchors[lo]!.last < m.first - TIE_REACH) lo++;
    const weakOk = cueDist[m.first]! <= CUE_REACH || cueDist[m.last]! <= CUE_REACH;
    let best: Anchor | null = null;
    let bestScore = Infinity;
    for (let ai = lo; ai < anchors.length; ai++) {
      const a = anchors[ai]!;
      if (a.first > m.last + TIE_REACH) break;
      const d = distance(a.first, a.last, m.first, m.last);
      if (d > TIE_REACH) continue;
      const sameSentence = sentences[a.first] === sentences[m.first] || sentences[a.last] === sentences[m.last];
      const neighbour = Math.abs(sentences[a.first]! - sentences[m.first]!) <= 1 && d <= NEIGHBOUR_REACH;
      if (!sameSentence && !neighbour) continue;
      if (a.strength === 'weak' && !weakOk) continue;
      // Prefer strong anchors, then the closest.
      const score = d + (a.strength === 'weak' ? 1000 : 0);
      if (score < bestScore) {
        best = a;
        bestScore = score;
      }
    }
    if (best === null) continue;
    const category = m.tag as SensitiveCategory;
    const spans = byCategory.get(category) ?? [];
    spans.push([m.start, m.end], [tokens[best.first]!.start, tokens[best.last]!.end]);
    byCategory.set(category, spans);
  }

  const findings: RawFinding[] = [];
  for (const [category, spans] of byCategory) {
    findings.push({
      kind: 'confidential',
      severity: 'high',
      spans: dedupeSpans(spans).slice(0, MAX_SPANS),
      message: { key: 'finding_confidential_sensitive', params: { category } },
    });
  }
  return findings;
}

/** Sorted, with overlapping spans merged ("er innlagt" + "innlagt på" → "er innlagt på"). */
function dedupeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && a < last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
