// work_no_disclaimer: the draft talks about the writer's own work or employer
// and nowhere says it is written in a private capacity.
import type { Detector, DetectorInput } from '../detector.ts';
import type { RawFinding, Span } from '../types.ts';
import type { Token } from '../text/tokenize.ts';
import { compileTerms, matchTerms, type TermDef, type TermMatch } from '../text/terms.ts';
import { nameParts } from '../text/names.ts';
import { OWN_POSSESSIVES_AFTER, OWN_POSSESSIVES_BEFORE, WORK_TERMS } from '../lexicon/work.ts';
import { DISCLAIMER_TERMS } from '../lexicon/disclaimer.ts';
import { disclaimerFor } from './disclaimer-text.ts';
import { findEmailAddresses } from '../text/email.ts';
import { insideAny } from '../text/spans.ts';

const WORK = compileTerms(WORK_TERMS);
const DISCLAIMERS = compileTerms(DISCLAIMER_TERMS);
/** How far (in words) an exclusion frame reaches from the word it silences. */
const EXCLUDE_REACH = 4;
/** Spans reported per finding: enough to explain, not a wall of highlights. */
const MAX_SPANS = 5;

/** Patterns for names the user or the set supplies: the last word may inflect ("Ringebu kommunes"). */
function namePatterns(names: readonly string[], tag: string): TermDef[] {
  const defs: TermDef[] = [];
  for (const name of names) {
    const parts = nameParts(name);
    if (parts.length === 0) continue;
    const last = parts[parts.length - 1]!;
    if (last.length >= 3) parts[parts.length - 1] = `${last}*`;
    defs.push({ pattern: parts.join(' '), tag });
  }
  return defs;
}

function hasDisclaimer(tokens: readonly Token[]): boolean {
  return matchTerms(tokens, DISCLAIMERS).length > 0;
}

function ownedByPossessive(m: TermMatch, tokens: readonly Token[]): boolean {
  const before = tokens[m.first - 1]?.raw.toLowerCase();
  const after = tokens[m.last + 1]?.raw.toLowerCase();
  return (before !== undefined && OWN_POSSESSIVES_BEFORE.has(before)) || (after !== undefined && OWN_POSSESSIVES_AFTER.has(after));
}

/** The work references that count, in text order. */
export function workReferences(input: DetectorInput): TermMatch[] {
  const { tokens, ctx } = input;
  const personal = compileTerms([
    ...namePatterns(ctx.set.employer.names, 'employer'),
    ...namePatterns(ctx.profile.workplaces, 'employer'),
  ]);
  // Words inside an e-mail address ("kari@ringebu.kommune.no") are an address,
  // not talk about the employer; work_email covers those.
  const emails = findEmailAddresses(input.draft.text);
  const matches = [...matchTerms(tokens, WORK), ...matchTerms(tokens, personal)].filter(
    (m) => emails.length === 0 || !insideAny(m.start, m.end, emails),
  );
  // Mark every word within reach of an exclusion frame; a linear pass, so a
  // long draft full of work words stays cheap.
  const nearExclusion = new Uint8Array(tokens.length);
  for (const x of matches) {
    if (x.tag !== 'exclude') continue;
    const from = Math.max(0, x.first - EXCLUDE_REACH);
    const to = Math.min(tokens.length - 1, x.last + EXCLUDE_REACH);
    for (let i = from; i <= to; i++) nearExclusion[i] = 1;
  }
  const silenced = (m: TermMatch): boolean => {
    for (let i = m.first; i <= m.last; i++) if (nearExclusion[i] === 1) return true;
    return false;
  };
  const hasCue = matches.some((m) => m.tag === 'cue');

  const counted = new Set<TermMatch>();
  for (const m of matches) {
    if (m.tag === 'employer' || (m.tag === 'role' && !silenced(m))) counted.add(m);
    else if (m.tag === 'service' && !silenced(m) && (hasCue || ownedByPossessive(m, tokens))) counted.add(m);
  }
  // A service counts when any strong reference makes the draft about work:
  // "Kommunen kutter i hjemmetjenesten" highlights both.
  if (counted.size > 0) {
    for (const m of matches) if (m.tag === 'service' && !silenced(m)) counted.add(m);
  }
  return outermost([...counted]);
}

/** In text order, without matches contained in a longer one ("jobben" inside "jobben min"). */
function outermost(matches: TermMatch[]): TermMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermMatch[] = [];
  let reach = -1;
  for (const m of matches) {
    if (m.end <= reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}

export const workNoDisclaimer: Detector = {
  kind: 'work_no_disclaimer',
  description: 'Talks about the writer’s own work or employer without saying it is written in a private capacity.',
  detect(input: DetectorInput): RawFinding[] {
    // A direct message is not a public statement; what matters there is who it
    // is to (contact_client), not a disclaimer.
    if (input.draft.surface === 'dm') return [];
    const refs = workReferences(input);
    if (refs.length === 0 || hasDisclaimer(input.tokens)) return [];
    const spans: Span[] = refs.slice(0, MAX_SPANS).map((m) => [m.start, m.end] as const);
    const first = refs[0]!;
    const disclaimer = disclaimerFor(input.lang, input.ctx);
    return [
      {
        kind: 'work_no_disclaimer',
        severity: 'low',
        spans,
        message: { key: 'finding_work_no_disclaimer', params: { trigger: input.draft.text.slice(first.start, first.end) } },
        fix: { type: 'insert', text: disclaimer.text, position: 'end', lang: disclaimer.lang },
      },
    ];
  },
};
