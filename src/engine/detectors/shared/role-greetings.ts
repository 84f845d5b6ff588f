// Pupils, parents or clients greeted in their role ("Til alle foreldre i 3B:",
// "Kjære foresatte!"). Read by contact_client, which reports it, and by
// work_no_disclaimer, which stays quiet there: greeting clients is doing the
// work, where a private-capacity disclaimer would be untrue.
import type { DetectorInput } from '../../detector.ts';
import type { Span } from '../../types.ts';
import type { Token } from '../../text/tokenize.ts';
import { matchTerms, type TermMatch } from '../../text/terms.ts';
import { isSentenceStart, sentenceIndex } from '../../text/sentences.ts';
import { NOT_CLIENT_GROUPS, TEAM_CODE } from '../../lexicon/client.ts';
import { CLASS_CODE } from '../../lexicon/classes.ts';
import { CLIENT } from '../../lexicon/compiled.ts';

/** Words after a greeted group that show it is a band, team or club rather than a class. */
const LEISURE_REACH = 4;
const OWN_AFTER = new Set(['mine', 'mi', 'min', 'mitt', 'my', 'mina', 'våre', 'vare', 'vore']);

/** Does the word start a sentence, or follow a colon ("Info: Til alle foreldre …")? */
function startsSentence(text: string, tokens: readonly Token[], index: number): boolean {
  if (isSentenceStart(sentenceIndex(text, tokens), index)) return true;
  return text.slice(tokens[index - 1]!.end, tokens[index]!.start).includes(':');
}

/** "til alle foreldre i 3B", "Kjære foresatte!": a group greeted in its role. */
function greetsRole(m: TermMatch, text: string, tokens: readonly Token[]): boolean {
  const next = tokens[m.last + 1]?.raw.toLowerCase();
  if (next !== undefined && OWN_AFTER.has(next)) return false; // "til foreldrene mine": the writer's own parents
  const after = tokens.slice(m.last + 1, m.last + 1 + LEISURE_REACH);
  if (after.some((t) => TEAM_CODE.test(t.norm)) || matchTerms(after, NOT_CLIENT_GROUPS).length > 0) return false;
  if (after.slice(0, 3).some((t) => CLASS_CODE.test(t.norm))) return true;
  return startsSentence(text, tokens, m.first);
}

export function roleGreetingSpans(text: string, tokens: readonly Token[], matches: readonly TermMatch[]): Span[] {
  return matches.filter((m) => m.tag === 'role' && greetsRole(m, text, tokens)).map((m) => [m.start, m.end] as const);
}

/** True when the draft greets pupils, parents or clients in their role. */
export function greetsClientGroup(input: DetectorInput): boolean {
  return roleGreetingSpans(input.draft.text, input.tokens, input.matches(CLIENT)).length > 0;
}
