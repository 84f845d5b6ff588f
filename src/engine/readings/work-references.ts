// The writer's own work in a draft: the employer named (by the set's names,
// the user's workplaces or the word lists), the writer's role, services made
// the writer's own by a cue or a possessive, a pupil placed in a class, less
// what exclusion frames and other municipalities explain away. Read by
// work_no_disclaimer and, as readings, by the learned reader.
import type { DetectorInput } from '../detector.ts';
import type { Token } from '../text/tokenize.ts';
import { compileTerms, outermost, type CompiledTerms, type TermDef, type TermMatch } from '../text/terms.ts';
import { nameParts } from '../text/names.ts';
import { findEmailAddresses } from '../text/email.ts';
import { sentenceIndex } from '../text/sentences.ts';
import { insideAny } from '../text/spans.ts';
import { GRAMMAR, PLACE_NAME_WORDS } from '../words/index.ts';
import { WORK } from './lexicons.ts';
import { CLASS_CODE, CLASS_WORDS, IN_CLASS, isClassNumber } from './classes.ts';

/**
 * Possessives that make a service the writer's own when written right next to
 * it ("skolen vår", "min barnehage", "our school"), compared as written.
 */
const OWN_POSSESSIVES_BEFORE = GRAMMAR.set('own_possessives_before');
const OWN_POSSESSIVES_AFTER = GRAMMAR.set('own_possessives_after');
/** How far (in words) an exclusion frame reaches from the word it silences. */
const EXCLUDE_REACH = 4;
/** How far a named other municipality ("Skellefteå kommun") colours the generic words around it. */
const OTHER_MUNICIPALITY_REACH = 8;
const MUNICIPALITY_WORDS = PLACE_NAME_WORDS.set('municipality_words');

/**
 * Patterns for names the user or the set supplies. The last word may inflect
 * ("Ringebu kommunes"), and a municipality is also named in English
 * ("Norsjö Municipality", "the municipality of Ringebu").
 */
function namePatterns(names: readonly string[], tag: string): TermDef[] {
  const defs: TermDef[] = [];
  for (const name of names) {
    const parts = [...nameParts(name)];
    if (parts.length === 0) continue;
    const last = parts[parts.length - 1]!;
    if (parts.length > 1 && MUNICIPALITY_WORDS.has(last)) {
      const place = parts.slice(0, -1).join(' ');
      defs.push({ pattern: `${place} municipality*`, tag }, { pattern: `municipality of ${place}`, tag });
    }
    if (last.length >= 3) parts[parts.length - 1] = `${last}*`;
    defs.push({ pattern: parts.join(' '), tag });
  }
  return defs;
}

// Compiled name lists, keyed by the names: the user's set and workplaces
// change rarely, drafts every keystroke. Bounded so it cannot grow forever.
const OWN_NAMES_CACHE = new Map<string, CompiledTerms>();
const OWN_NAMES_CACHE_MAX = 16;

function ownNameTerms(names: readonly string[]): CompiledTerms {
  const key = names.join('\u0000');
  let compiled = OWN_NAMES_CACHE.get(key);
  if (compiled === undefined) {
    if (OWN_NAMES_CACHE.size >= OWN_NAMES_CACHE_MAX) OWN_NAMES_CACHE.clear();
    compiled = compileTerms(namePatterns(names, 'own'));
    OWN_NAMES_CACHE.set(key, compiled);
  }
  return compiled;
}

/**
 * "Lillehammer kommune", "Skellefteå kommun": another municipality named.
 * Generic words like "kommunen" next to it are about that one, not the employer.
 */
/** Words before "kommune" that do not name a place ("Vår kommune", "Our municipality"). */
const NOT_A_PLACE = PLACE_NAME_WORDS.set('not_a_place');
function otherMunicipalities(tokens: readonly Token[], ownNames: readonly TermMatch[]): number[] {
  const at: number[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!MUNICIPALITY_WORDS.has(tokens[i]!.norm) || !tokens[i - 1]!.capitalised || NOT_A_PLACE.has(tokens[i - 1]!.norm)) continue;
    if (ownNames.some((m) => m.first <= i && m.last >= i)) continue;
    at.push(i - 1, i);
  }
  return at;
}


/**
 * "en elev i 5B", "Kari i 4. klasse", "på 8. trinn", "i åk 2": a pupil placed in
 * a class is the writer's classroom (parents are excluded by the usual frames).
 */
function classReferences(tokens: readonly Token[]): TermMatch[] {
  const found: TermMatch[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    let last = -1;
    if (IN_CLASS.has(prev.norm) && CLASS_CODE.test(t.norm)) last = i;
    else if (IN_CLASS.has(prev.norm) && isClassNumber(t) && CLASS_WORDS.has(tokens[i + 1]?.norm ?? '')) last = i + 1;
    else if (prev.norm === 'ak' && t.numeric && t.norm.length <= 2) last = i;
    if (last >= 0) found.push({ tag: 'class', lexicon: WORK, pattern: 'class', first: i - 1, last, start: prev.start, end: tokens[last]!.end });
  }
  return found;
}

/** A hashtag such as #barnehageliv or #nyjobb says more than the bare word. */
function isHashtag(m: TermMatch, text: string): boolean {
  return text[m.start - 1] === '#';
}

function ownedByPossessive(m: TermMatch, tokens: readonly Token[]): boolean {
  const before = tokens[m.first - 1]?.lower;
  const after = tokens[m.last + 1]?.lower;
  return (before !== undefined && OWN_POSSESSIVES_BEFORE.has(before)) || (after !== undefined && OWN_POSSESSIVES_AFTER.has(after));
}

/** The work references that count, in text order. */
export function workReferences(input: DetectorInput): TermMatch[] {
  const { tokens, ctx } = input;
  const personal = ownNameTerms([...ctx.set.employer.names, ...ctx.profile.workplaces]);
  // Words inside an e-mail address ("kari@ringebu.kommune.no") are an address,
  // not talk about the employer; work_email covers those.
  const emails = findEmailAddresses(input.draft.text);
  const ownNames = input.matches(personal).filter((m) => emails.length === 0 || !insideAny(m.start, m.end, emails));
  const matches = [...input.matches(WORK).filter((m) => emails.length === 0 || !insideAny(m.start, m.end, emails)), ...ownNames];
  // Mark every word within reach of an exclusion frame; a linear pass, so a
  // long draft full of work words stays cheap.
  const nearExclusion = new Uint8Array(tokens.length);
  for (const x of matches) {
    if (x.tag !== 'exclude') continue;
    const from = Math.max(0, x.first - EXCLUDE_REACH);
    const to = Math.min(tokens.length - 1, x.last + EXCLUDE_REACH);
    for (let i = from; i <= to; i++) nearExclusion[i] = 1;
  }
  for (const i of otherMunicipalities(tokens, ownNames)) {
    for (let k = Math.max(0, i - OTHER_MUNICIPALITY_REACH); k <= Math.min(tokens.length - 1, i + OTHER_MUNICIPALITY_REACH); k++) nearExclusion[k] = 1;
  }
  const silenced = (m: TermMatch): boolean => {
    for (let i = m.first; i <= m.last; i++) if (nearExclusion[i] === 1) return true;
    return false;
  };
  const hasCue = matches.some((m) => m.tag === 'cue');

  const counted = new Set<TermMatch>();
  for (const m of matches) {
    if (m.tag === 'own') counted.add(m);
    else if (m.tag === 'client' && !silenced(m)) counted.add(m);
    else if (m.tag === 'case' && tokens[m.last + 1]?.numeric === true && !silenced(m)) counted.add(m);
    else if ((m.tag === 'employer' || m.tag === 'role') && !silenced(m)) counted.add(m);
    else if (m.tag === 'service' && !silenced(m) && (hasCue || ownedByPossessive(m, tokens) || isHashtag(m, input.draft.text))) counted.add(m);
  }
  // A class is the writer's own child's as often as their classroom: a parent
  // frame anywhere in the sentence ("Sønnen min har så mye lekser i 5. klasse") silences it.
  const sentences = sentenceIndex(input.draft.text, tokens);
  const parentSentences = new Set(matches.filter((x) => x.tag === 'exclude').map((x) => sentences[x.first]));
  for (const m of classReferences(tokens)) if (!silenced(m) && !parentSentences.has(sentences[m.first])) counted.add(m);
  // A service counts when any strong reference makes the draft about work:
  // "Kommunen kutter i hjemmetjenesten" highlights both.
  if (counted.size > 0) {
    for (const m of matches) if (m.tag === 'service' && !silenced(m)) counted.add(m);
  }
  return outermost([...counted]);
}
