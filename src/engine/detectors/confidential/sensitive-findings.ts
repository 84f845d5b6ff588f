// Findings for sensitive details (health, child welfare, social services,
// pupil records, protected addresses, closed meetings) tied to a person the
// writer knows from work.
//
// News, tweets and reviews name people and illnesses all the time, so a
// sensitive word next to a capitalised word is not enough. A finding needs an
// anchor, in one of three tiers:
//   strong  a person pinned down by the writer's service: "en elev i 5B",
//           "pasienten på rom 4", "brukeren vår", "min elev", "a 14-year-old
//           boy in our unit", "vi har en elev…", "Fikk ny bruker i dag", "en av
//           elevene mine", or a name from the user's people-from-work list
//   place   an age or a name in a small place or a public service ("en 82 år
//           gammel kvinne på Utsira", "Emma i barnehagen"): counts only when
//           the writer speaks for a service ("vi", "vår", "our", or a work
//           cue) and the draft is not family talk
//   weak    a name, a bare "eleven"/"pasienten"/"familien", or an age: counts
//           only with a first-person work cue nearby ("i dag på jobb", "hos
//           oss", "jeg jobber", "Fra lukket møte …", "søknaden din")
// and the anchor must sit in the same sentence as the sensitive word (or the
// next/previous one, a few words away).
import type { DetectorInput } from '../../detector.ts';
import type { RawFinding, Span } from '../../types.ts';
import type { Token } from '../../text/tokenize.ts';
import { outermost, type TermMatch } from '../../text/terms.ts';
import {
  AGE_NOUN_PREFIXES,
  AGE_OLD,
  AGE_UNITS,
  ARTICLES,
  CARE_NOUNS,
  CARE_PLURALS,
  DEFINITE_PEOPLE,
  ELLIPTIC_STARTS,
  CAPITALS_ONLY,
  CUES,
  DEFINITE_CARE,
  FAMILY,
  FOLDED_OUR,
  FIRST_PERSON,
  FROM_WORDS,
  HAVE_VERBS,
  OF,
  ONE,
  OWNABLE_RECORDS,
  OUR_RAW,
  OWN_POSSESSIVES,
  PERSON_NOUNS,
  PLACE_NUMBERED,
  PLACE_PREPOSITIONS,
  PLACE_WORDS,
  PRONOUNS,
  PUBLIC_PLACE_WORDS,
  SENSITIVE,
  WE,
  WE_WORDS,
  WORKPLACE_FRAME,
  WORKPLACE_LINKS,
  type SensitiveCategory,
} from './words.ts';
import { CLASS_CODE, CLASS_WORDS } from '../../readings/classes.ts';
import { mergeSpans } from '../../text/spans.ts';
import { isSentenceStart, nameLike, nameRun, plainNameShape, sentenceIndex, workPeople } from './people.ts';

/** Words between a person and the qualifier that pins them down ("guten på 15 som bur i avlastningsbustaden vår"). */
const QUALIFIER_REACH = 7;
/** A weak anchor needs its work cue within this many words of the sensitive word. */
const CUE_REACH = 40;
/** An anchor ties to a sensitive word at most this many words away (same sentence). */
const TIE_REACH = 20;
/** An anchor in a neighbouring sentence counts only this close. */
const NEIGHBOUR_REACH = 10;
const MAX_SPANS = 6;

type Strength = 'strong' | 'place' | 'weak';
const RANK: Record<Strength, number> = { strong: 0, place: 1000, weak: 2000 };

interface Anchor {
  first: number;
  last: number;
  /** The person word itself (a qualifier may run over a sensitive word: "en pasient med psykose på avdelingen"). */
  head: number;
  strength: Strength;
}

interface Scan {
  text: string;
  tokens: readonly Token[];
  sentences: Int32Array;
  excluded: Uint8Array;
}

function isSmallNumber(t: Token | undefined, max: number): boolean {
  if (t === undefined || !t.numeric) return false;
  const n = Number(t.norm);
  return n >= 1 && n <= max;
}

function isOwnPossessive(t: Token | undefined): boolean {
  return t !== undefined && OWN_POSSESSIVES.has(t.lower);
}

/** A possessive written in lower case: "My Misspent Youth" and "Mitt liv som hund" are titles. */
function isLowerPossessive(t: Token | undefined): boolean {
  return t !== undefined && isOwnPossessive(t) && t.raw === t.lower;
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
    if (isLowerPossessive(t)) {
      // "in our unit", "på skolen vår" (after a preposition, the place follows)
      if (PLACE_PREPOSITIONS.has(prev.norm)) return next !== undefined && sentences[j + 1] === sentence ? j + 1 : j;
      // "eleven min", "pasienten vår", "i klassen min", "i avlastningsbustaden vår"
      if ((j <= end + 2 && careNoun) || PLACE_WORDS.has(prev.norm) || PLACE_NUMBERED.has(prev.norm) || CLASS_WORDS.has(prev.norm)) return j;
      if (j >= end + 3 && PLACE_PREPOSITIONS.has(tokens[j - 2]!.norm)) return j;
    }
    // "i 5B", "klass 7A"
    if (CLASS_CODE.test(t.norm) && (PLACE_PREPOSITIONS.has(prev.norm) || CLASS_WORDS.has(prev.norm))) return j;
    if (CLASS_WORDS.has(t.norm)) {
      // "3. klasse", "5. trinn"
      if (isSmallNumber(prev, 13)) return j;
      // "klasse 3", "year 5", "klass 7A"
      if (isSmallNumber(next, 13) || (next !== undefined && CLASS_CODE.test(next.norm))) return j + 1;
      // "i klassen min", "in my class"
      if (isLowerPossessive(next)) return j + 1;
      if (isLowerPossessive(prev)) return j;
    }
    // "på rom 12", "in room 4", "på bu 3"
    if (PLACE_NUMBERED.has(t.norm) && next !== undefined && (isSmallNumber(next, 9999) || CLASS_CODE.test(next.norm))) return j + 1;
    // "på avdelingen", "on the ward", "i omsorgsboligen"
    if (PLACE_WORDS.has(t.norm) && (PLACE_PREPOSITIONS.has(prev.norm) || prev.norm === 'the')) return j;
    // "hos oss", "hjå oss"
    if ((t.norm === 'oss' || t.norm === 'us') && (prev.norm === 'hos' || prev.norm === 'hja' || prev.norm === 'with')) return j;
  }
  return -1;
}

/**
 * A place that pins a person down only in a first-person draft: a public
 * service ("Emma i barnehagen") or, after an age, a named place ("en 82 år
 * gammel kvinne på Utsira"). The place's last token, or -1.
 */
function placeAfter(s: Scan, end: number, named: boolean): number {
  const { tokens, sentences, text, excluded } = s;
  for (let j = end + 1; j <= end + 3 && j < tokens.length; j++) {
    if (sentences[j] !== sentences[end]) break;
    if (!PLACE_PREPOSITIONS.has(tokens[j]!.norm)) continue;
    let k = j + 1;
    if (tokens[k] !== undefined && (tokens[k]!.norm === 'the' || tokens[k]!.norm === 'det')) k++;
    const place = tokens[k];
    if (place === undefined || sentences[k] !== sentences[end]) return -1;
    if (PUBLIC_PLACE_WORDS.has(place.norm)) return k;
    if (named && excluded[k] !== 1 && plainNameShape(place, text)) return k;
    return -1;
  }
  return -1;
}

/** The first token of a qualifier before the person starting at `start` ("min elev", "vi har fått en elev", "Fikk ny bruker"), or -1. */
function qualifierBefore(s: Scan, start: number): number {
  const { tokens, sentences } = s;
  let k = start - 1;
  // Skip an article and an adjective or two: "en ny elev", "a new patient".
  let skipped = 0;
  while (
    k >= 0 &&
    skipped < 2 &&
    sentences[k] === sentences[start] &&
    (ARTICLES.has(tokens[k]!.norm) || !tokens[k]!.capitalised) &&
    !isOwnPossessive(tokens[k]) &&
    !HAVE_VERBS.has(tokens[k]!.norm)
  ) {
    k--;
    skipped++;
  }
  const own = tokens[k];
  if (own !== undefined && sentences[k] === sentences[start] && isOwnPossessive(own) && (isLowerPossessive(own) || isSentenceStart(sentences, k))) return k;
  // "vi har (fått) en elev", "we have a patient", and without the pronoun at the start: "Fikk ny bruker i dag"
  for (let j = start - 1; j >= Math.max(0, start - 5); j--) {
    if (sentences[j] !== sentences[start]) break;
    if (!HAVE_VERBS.has(tokens[j]!.norm)) continue;
    if (isSentenceStart(sentences, j)) return j;
    const w = tokens[j - 1];
    const w2 = tokens[j - 2];
    if (w !== undefined && WE.has(w.norm)) return j - 1;
    if (w !== undefined && w2 !== undefined && HAVE_VERBS.has(w.norm) && WE.has(w2.norm)) return j - 2;
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
  if (isLowerPossessive(tokens[j]) || tokens[j]?.norm === 'the') {
    own = isLowerPossessive(tokens[j]);
    j++;
  }
  const noun = tokens[j];
  if (noun === undefined || !CARE_PLURALS.has(noun.norm) || sentences[j] !== sentences[i]) return null;
  const after = tokens[j + 1];
  if (after !== undefined && sentences[j + 1] === sentences[j] && isLowerPossessive(after)) return [i, j + 1, true];
  return [i, j, own];
}

/** "14 år gammel gutt", "14-åringen", "a 14-year-old boy": the age phrase's token range. */
function agePhrase(tokens: readonly Token[], i: number): [number, number] | null {
  const n = tokens[i];
  if (!isSmallNumber(n, 110)) return null;
  const a = tokens[i + 1];
  if (a === undefined) return null;
  if (a.norm !== 'year' && a.norm !== 'years' && AGE_NOUN_PREFIXES.some((p) => a.norm.startsWith(p))) {
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

/** "en dame på 90", "guten på 15": a person noun followed by an age. */
function ageAfterNoun(tokens: readonly Token[], i: number): number {
  const pa = tokens[i + 1];
  const n = tokens[i + 2];
  if (pa === undefined || (pa.norm !== 'pa' && pa.norm !== 'aged')) return -1;
  if (!isSmallNumber(n, 110)) return -1;
  const unit = tokens[i + 3];
  return unit !== undefined && AGE_UNITS.has(unit.norm) ? i + 3 : i + 2;
}

function findAnchors(s: Scan, input: DetectorInput): Anchor[] {
  const { text, tokens, sentences, excluded } = s;
  const anchors: Anchor[] = [];
  for (const [a, b] of workPeople(tokens, input.ctx.profile.peopleFromWork)) anchors.push({ first: a, last: b, head: a, strength: 'strong' });

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const group = oneOfGroup(tokens, sentences, i);
    if (group !== null) {
      // "en av elevene mine", "one of my patients": one person out of the writer's own group.
      const [gFirst, gLast, own] = group;
      const after = qualifierAfter(s, gLast, false);
      const last = Math.max(gLast, after);
      anchors.push({ first: gFirst, last, head: gFirst, strength: own || after >= 0 ? 'strong' : 'weak' });
      i = last + 1;
      continue;
    }
    if (excluded[i] === 1 && !PERSON_NOUNS.has(t.norm) && !DEFINITE_PEOPLE.has(t.norm)) {
      i++;
      continue;
    }
    // "hun i 2. klasse", "hon i 3A": a pronoun is a person only with its class or place right after it.
    if (PRONOUNS.has(t.norm) && !PLACE_PREPOSITIONS.has(tokens[i + 1]?.norm ?? '')) {
      i++;
      continue;
    }

    let range: [number, number] | null = null;
    let bareWeak = false;
    let isName = false;
    let isAge = false;
    const age = agePhrase(tokens, i);
    if (age !== null) {
      range = age;
      bareWeak = isAge = true;
    } else if (PERSON_NOUNS.has(t.norm) || DEFINITE_PEOPLE.has(t.norm)) {
      const prev = tokens[i - 1];
      const agedTo = ageAfterNoun(tokens, i);
      range = [i, Math.max(i, agedTo)];
      isAge = agedTo >= 0;
      bareWeak =
        isAge ||
        DEFINITE_PEOPLE.has(t.norm) ||
        (CARE_NOUNS.has(t.norm) && (DEFINITE_CARE.has(t.norm) || (prev !== undefined && ARTICLES.has(prev.norm))));
    } else if (nameLike(text, tokens, sentences, i, excluded)) {
      range = nameRun(text, tokens, sentences, i, excluded);
      bareWeak = isName = true;
    } else if (
      excluded[i] !== 1 &&
      isSentenceStart(sentences, i) &&
      plainNameShape(t, text) &&
      PLACE_PREPOSITIONS.has(tokens[i + 1]?.norm ?? '') &&
      (qualifierAfter(s, i, false) >= 0 || placeAfter(s, i, false) >= 0)
    ) {
      // "Kari i 5B har …", "Emil in my class …", "Rolf i omsorgsboligen …": a sentence-initial name pinned down right after.
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
      i = Math.max(last, after) + 1;
      continue;
    }
    const place = placeAfter(s, last, !isName);
    const publicPlace = place >= 0 && PUBLIC_PLACE_WORDS.has(tokens[place]!.norm);
    if (place >= 0 && (isAge || publicPlace)) {
      anchors.push({ first: from, last: place, head: first, strength: 'place' });
      i = place + 1;
      continue;
    }
    // "familjen på Storgatan": a named place only widens a weak anchor.
    if (bareWeak) anchors.push({ first: from, last: Math.max(last, place), head: first, strength: 'weak' });
    i = Math.max(last, place) + 1;
  }
  return anchors;
}

/**
 * "Alvas åtgärdsprogram", "Karis IOP", "Emil's IEP": a name in the genitive
 * right before a pupil record owns it, and a record names one pupil. Only for
 * a pupil's own records: before a diagnosis or a service the genitive is as
 * often a place or an institution ("Norges barnevern", "Sveriges elevhälsa").
 */
function genitiveRecordOwners(s: Scan, sensitive: readonly TermMatch[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (const m of sensitive) {
    const owner = s.tokens[m.first - 1];
    if (!OWNABLE_RECORDS.has(m.pattern) || owner === undefined || s.sentences[owner.index] !== s.sentences[m.first]) continue;
    if (owner.norm.length >= 3 && owner.norm.endsWith('s') && plainNameShape(owner, s.text)) {
      anchors.push({ first: owner.index, last: owner.index, head: owner.index, strength: 'strong' });
    }
  }
  return anchors;
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

function isFirstPerson(t: Token): boolean {
  return t.raw === 'I' || FIRST_PERSON.has(t.norm);
}

/** "Fra lukket møte", "From today's closed council meeting", "Från det stängda mötet": reporting from inside. */
function reportedFromInside(m: TermMatch, tokens: readonly Token[]): boolean {
  for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) if (FROM_WORDS.has(tokens[k]!.norm)) return true;
  return false;
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
  const sensitive = outermost(input.matches(SENSITIVE)).filter((m) => acceptSensitive(m, tokens));
  if (sensitive.length === 0) return [];

  const sentences = sentenceIndex(text, tokens);
  const excluded = new Uint8Array(tokens.length);
  const inSensitive = new Uint8Array(tokens.length);
  for (const m of sensitive) for (let k = m.first; k <= m.last; k++) excluded[k] = inSensitive[k] = 1;
  for (const t of tokens) {
    if (PERSON_NOUNS.has(t.norm) || CLASS_WORDS.has(t.norm) || PLACE_NUMBERED.has(t.norm) || PLACE_WORDS.has(t.norm)) excluded[t.index] = 1;
  }
  const s: Scan = { text, tokens, sentences, excluded };

  // Anchors in text order whose person word is not itself part of a sensitive term.
  const anchors = [...findAnchors(s, input), ...genitiveRecordOwners(s, sensitive)]
    .filter((a) => inSensitive[a.head] !== 1)
    .sort((a, b) => a.first - b.first);
  if (anchors.length === 0) return [];

  // Work cues. A `context` cue is the writer's own with a first-person word in its
  // sentence, or in a sentence that starts without its subject ("Fikk vite på jobb …").
  const sentenceCount = tokens.length === 0 ? 0 : sentences[tokens.length - 1]! + 1;
  const firstPersonSentence = new Uint8Array(sentenceCount);
  for (const t of tokens) {
    if (isFirstPerson(t) || (ELLIPTIC_STARTS.has(t.norm) && isSentenceStart(sentences, t.index))) firstPersonSentence[sentences[t.index]!] = 1;
  }
  // The place tier wants the writer speaking for a service: "vi", "vår", "our".
  const weDraft = tokens.some((t) => WE_WORDS.has(t.norm) || OUR_RAW.has(t.lower));
  const familyTalk = input.matches(FAMILY).length > 0;
  const closedMeetings: TermMatch[] = sensitive
    .filter((m) => m.tag === 'closed_meeting')
    .map((m) => ({ ...m, tag: reportedFromInside(m, tokens) ? 'cue' : 'context' }));
  const dm = input.draft.surface === 'dm';
  const cues = [...input.matches(CUES), ...closedMeetings].filter((m) => {
    if (m.tag === 'second' && dm) return false;
    for (let k = m.first; k <= m.last; k++) {
      const t = tokens[k]!;
      if (FOLDED_OUR.has(t.norm) && !OWN_POSSESSIVES.has(t.lower)) return false;
    }
    return m.tag !== 'context' || firstPersonSentence[sentences[m.first]!] === 1;
  });
  const cueDist = cueDistances(tokens.length, cues);

  const byCategory = new Map<SensitiveCategory, Span[]>();
  let lo = 0;
  for (const m of sensitive) {
    // Only anchors within TIE_REACH words can tie; the window slides forward with m.
    while (lo < anchors.length && anchors[lo]!.last < m.first - TIE_REACH) lo++;
    const weakOk = cueDist[m.first]! <= CUE_REACH || cueDist[m.last]! <= CUE_REACH;
    const placeOk = (weDraft || weakOk) && !familyTalk;
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
      if (a.strength === 'place' && !placeOk) continue;
      // Prefer strong anchors, then the closest.
      const score = d + RANK[a.strength];
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
      spans: mergeSpans(spans).slice(0, MAX_SPANS),
      message: { key: 'finding_confidential_sensitive', params: { category } },
    });
  }
  return findings;
}
