// contact_client: the private account used to reach a pupil, parent, client,
// patient or relative about work — a known person from work as the recipient,
// a work matter addressed to "you", or a group greeted in its role.
import type { Detector, DetectorInput } from '../../detector.ts';
import type { RawFinding, Span } from '../../types.ts';
import type { Token } from '../../text/tokenize.ts';
import type { TermMatch } from '../../text/terms.ts';
import { findName, nameParts } from '../../text/names.ts';
import { normalizeSpans } from '../../text/spans.ts';
import { CLIENT, SERVICE_TALK, WORK } from '../../readings/lexicons.ts';
import { CLASS_CODE } from '../../readings/classes.ts';
import { CLIENT_WORDS, GRAMMAR } from '../../words/index.ts';
import { sentenceIndex } from '../../text/sentences.ts';
import { roleGreetingSpans } from '../../readings/greetings.ts';
import { serviceTalkReadings } from './service-talk.ts';

/** A decision or answer delivered to "you" (no typos: "mottatt" would catch "motsatt"). */
const DECISION_WORDS = CLIENT_WORDS.compile('decision');
/** The person a message speaks to, and possessives pointing at them after and before a noun. Folded. */
const YOU = GRAMMAR.set('you');
const SECOND_PERSON_AFTER = GRAMMAR.set('second_person_after');
const SECOND_PERSON_BEFORE = GRAMMAR.set('second_person_before');

/** Words between a child word ("sønnen din") and a school word that still tie them together. */
const CHILD_REACH = 12;

/** The neighbour word, unless a sentence ends between them ("…din. Avtalen…"). */
function neighbour(text: string, tokens: readonly Token[], from: Token, step: -1 | 1): Token | undefined {
  const other = tokens[from.index + step];
  if (other === undefined) return undefined;
  const sentences = sentenceIndex(text, tokens);
  return sentences[other.index] === sentences[from.index] ? other : undefined;
}

/** "leksene dine", "din søknad", "your appointment": a matter with a second-person possessive beside it. */
function addressedToYou(m: TermMatch, text: string, tokens: readonly Token[]): boolean {
  const before = neighbour(text, tokens, tokens[m.first]!, -1)?.lower;
  const after = neighbour(text, tokens, tokens[m.last]!, 1)?.lower;
  return (before !== undefined && SECOND_PERSON_BEFORE.has(before)) || (after !== undefined && SECOND_PERSON_AFTER.has(after));
}

export const contactClient: Detector = {
  kind: 'contact_client',
  description: 'Uses the private account to reach a pupil, parent, client or patient about work.',
  lexicons: [CLIENT, DECISION_WORDS, WORK, SERVICE_TALK],
  detect(input: DetectorInput): RawFinding[] {
    const { draft, tokens, ctx } = input;
    const findings: RawFinding[] = [];
    const isDm = draft.surface === 'dm';

    // A recipient on the people-from-work list is no finding by itself: an
    // ordinary chat with a friend who is also a pupil's parent is private
    // (LABELS.md, decision 6). It is one of the learned reader's readings,
    // which decides whether the message handles a work matter.

    const matches = input.matches(CLIENT);
    const matterSpans: Span[] = [];
    // Spans that read together (a reminder and its test): the trigger quotes them as one.
    const readings: Span[][] = [];
    // Work matters count in direct messages and comments: a public post with
    // "your application" is rarely addressed to one client.
    if (isDm || draft.surface === 'comment') {
      const schoolish = matches.filter((m) => m.tag === 'schoolish');
      // The writer speaking as a parent ("ungen min", "my son") talks to other parents, not to clients.
      const asParent = input.matches(WORK).some((m) => m.tag === 'exclude');
      const addressed = addressedSentences(draft.text, tokens);
      for (const m of matches) {
        if (m.tag === 'matter_phrase') matterSpans.push([m.start, m.end]);
        if (m.tag === 'matter' && addressedToYou(m, draft.text, tokens)) matterSpans.push(spanWithPossessive(m, tokens));
        if (
          m.tag === 'child' &&
          !asParent &&
          (m.last - m.first > 0 || addressedToYou(m, draft.text, tokens)) &&
          schoolish.some((s) => Math.abs(s.first - m.first) <= CHILD_REACH)
        ) {
          matterSpans.push(spanWithPossessive(m, tokens));
        }
      }
      for (const reading of serviceTalkReadings(input, { addressed, asParent })) {
        matterSpans.push(...reading);
        readings.push(reading);
      }
      // "Søknaden er innvilget, du får brev": a decision delivered to "you".
      const sentences = sentenceIndex(draft.text, tokens);
      for (const m of input.matches(DECISION_WORDS)) {
        if (addressed.has(sentences[m.first]!)) matterSpans.push([m.start, m.end]);
      }
      // A comment naming someone from the people-from-work list ("@Ola Nordmann husk …").
      if (draft.surface === 'comment') {
        for (const person of ctx.profile.peopleFromWork) {
          if (nameParts(person).length < 2) continue;
          const at = findName(tokens, person);
          if (at.length > 0) {
            findings.push({
              kind: 'contact_client',
              severity: 'medium',
              spans: at.slice(0, 3),
              message: { key: 'finding_contact_client_known_person', params: { name: person } },
            });
            break;
          }
        }
      }
    }
    // A task set for a whole class ("Husk innlevering … #10b") on any surface.
    const classCode = tokens.find((t) => CLASS_CODE.test(t.norm));
    if (classCode !== undefined && matches.some((m) => m.tag === 'matter_phrase')) matterSpans.push([classCode.start, classCode.end]);
    const roleSpans = roleGreetingSpans(draft.text, tokens, matches);

    if (matterSpans.length > 0 && findings.length === 0) {
      findings.push({
        kind: 'contact_client',
        severity: 'medium',
        spans: normalizeSpans(matterSpans, 5),
        message: { key: 'finding_contact_client_work_matter', params: { trigger: matterTrigger(draft.text, matterSpans, readings) } },
      });
    }
    if (roleSpans.length > 0 && findings.length === 0) {
      findings.push({
        kind: 'contact_client',
        severity: 'medium',
        spans: normalizeSpans(roleSpans, 5),
        message: { key: 'finding_contact_client_role', params: { trigger: excerpt(draft.text, roleSpans) } },
      });
    }
    return findings;
  },
};

function spanWithPossessive(m: TermMatch, tokens: readonly Token[]): Span {
  const before = tokens[m.first - 1];
  const after = tokens[m.last + 1];
  const start = before && SECOND_PERSON_BEFORE.has(before.lower) ? before.start : m.start;
  const end = after && SECOND_PERSON_AFTER.has(after.lower) ? after.end : m.end;
  return [start, end];
}

/** Longest quote of a reading's words, from its first to its last, before the first span alone is quoted. */
const MAX_TRIGGER = 60;

/**
 * The words the message quotes: the first matter in the text, or, when the
 * first is part of a reading, the reading from its first word to its last
 * ("Husk engelskprøven", "flytte hjemmebesøket ditt").
 */
function matterTrigger(text: string, spans: readonly Span[], readings: readonly Span[][]): string {
  const first = normalizeSpans(spans, 1)[0]!;
  const reading = readings.find((r) => r.some(([a, b]) => a < first[1] && b > first[0]));
  if (reading === undefined) return excerpt(text, spans);
  const start = Math.min(...reading.map(([a]) => a));
  const end = Math.max(...reading.map(([, b]) => b));
  return end - start <= MAX_TRIGGER ? text.slice(start, end) : excerpt(text, spans);
}

function excerpt(text: string, spans: readonly Span[]): string {
  const first = normalizeSpans(spans, 1)[0]!;
  return text.slice(first[0], first[1]);
}

/** The sentences with a "du", "you", "ni" … in them, in one pass over the tokens. */
function addressedSentences(text: string, tokens: readonly Token[]): Set<number> {
  const sentences = sentenceIndex(text, tokens);
  const addressed = new Set<number>();
  for (const t of tokens) if (YOU.has(t.norm)) addressed.add(sentences[t.index]!);
  return addressed;
}
