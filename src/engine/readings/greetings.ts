// Pupils, parents or clients greeted in their role ("Til alle foreldre i 3B:",
// "Kjære foresatte!", or a heading such as "2A-foreldre:"). Read by contact_client, which reports it, and by
// work_no_disclaimer, which stays quiet there: greeting clients is doing the
// work, where a private-capacity disclaimer would be untrue.
import type { DetectorInput } from '../detector.ts';
import type { Span } from '../types.ts';
import type { Token } from '../text/tokenize.ts';
import { matchTerms, type TermMatch } from '../text/terms.ts';
import { isSentenceStart, sentenceIndex } from '../text/sentences.ts';
import { CLASS_CODE, CLASS_WORDS, IN_CLASS, isClassNumber, TEAM_CODE } from './classes.ts';
import { CLIENT } from './lexicons.ts';
import { CLIENT_WORDS, GRAMMAR } from '../words/index.ts';

/** Words after a greeted group that show it is a band, team or club rather than a class. */
const LEISURE_REACH = 4;
/** Groups that are not clients: a band, a sports team, a choir ("til alle foreldre i korpset"). */
const NOT_CLIENT_GROUPS = CLIENT_WORDS.compile('leisure_groups');
/** The groups a school or service greets in their role, folded ("2A-foreldre:"). */
const ROLE_GROUP_WORDS = CLIENT_WORDS.set('client_groups');
const OWN_AFTER = GRAMMAR.set('own_after_group');

/** Does the word start a sentence, or follow a colon ("Info: Til alle foreldre …")? */
function startsSentence(text: string, tokens: readonly Token[], index: number): boolean {
  if (isSentenceStart(sentenceIndex(text, tokens), index)) return true;
  // Read every word of every draft: the gap is scanned in place, not cut out.
  for (let k = tokens[index - 1]!.end; k < tokens[index]!.start; k++) if (text.charCodeAt(k) === 58) return true; // ':'
  return false;
}

/** "til alle foreldre i 3B", "Kjære foresatte!": a group greeted in its role. */
function greetsRole(m: TermMatch, text: string, tokens: readonly Token[]): boolean {
  const next = tokens[m.last + 1]?.lower;
  if (next !== undefined && OWN_AFTER.has(next)) return false; // "til foreldrene mine": the writer's own parents
  const after = tokens.slice(m.last + 1, m.last + 1 + LEISURE_REACH);
  if (after.some((t) => TEAM_CODE.test(t.norm)) || matchTerms(after, NOT_CLIENT_GROUPS).length > 0) return false;
  if (after.slice(0, 3).some((t) => CLASS_CODE.test(t.norm))) return true;
  return startsSentence(text, tokens, m.first);
}

/** Words after a bare group at a sentence start within which a ':' or ' – ' makes it a heading. */
const HEADING_REACH = 7;
const ALL_WORDS = GRAMMAR.set('all');

/** Does a heading mark (':', ' – ', ' - ') follow token i within the sentence, before `reach` more words? */
function headingMarkAfter(text: string, tokens: readonly Token[], sentences: Int32Array, i: number, reach: number): boolean {
  for (let k = i; k < tokens.length && k <= i + reach && sentences[k] === sentences[i]; k++) {
    const gap = text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? text.length);
    if (gap.includes(':') || /\s[–—-]\s/.test(gap)) return true;
  }
  return false;
}

/**
 * Groups addressed in a heading with no greeting word: "2A-foreldre, obs:",
 * "Year 6 families – heads up!", "Föräldrar till barnen på avdelning Ugglan:",
 * "Påminnelse till alla i 9:an:".
 */
function groupHeadingSpans(text: string, tokens: readonly Token[]): Span[] {
  const sentences = sentenceIndex(text, tokens);
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!startsSentence(text, tokens, i)) continue;
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const third = tokens[i + 2];
    // "2A-foreldre", "6B families"
    if (CLASS_CODE.test(t.norm) && next !== undefined && ROLE_GROUP_WORDS.has(next.norm)) spans.push([t.start, next.end]);
    // "Year 6 families", "Klasse 3 foreldre"
    else if (CLASS_WORDS.has(t.norm) && next?.numeric && third !== undefined && ROLE_GROUP_WORDS.has(third.norm)) spans.push([t.start, third.end]);
    // "Föräldrar till barnen på avdelning Ugglan:", "Foreldre: …"
    else if (ROLE_GROUP_WORDS.has(t.norm) && headingMarkAfter(text, tokens, sentences, i, HEADING_REACH)) spans.push([t.start, t.end]);
    else {
      // "(Påminnelse) till alla i 9:an", "til alle på 5. trinn"
      const at = ALL_WORDS.has(t.norm) ? i : next !== undefined && ALL_WORDS.has(next.norm) ? i + 1 : third !== undefined && ALL_WORDS.has(third.norm) ? i + 2 : -1;
      const place = tokens[at + 1];
      const code = tokens[at + 2];
      if (at >= 0 && place !== undefined && IN_CLASS.has(place.norm) && code !== undefined && sentences[at + 2] === sentences[i] && (CLASS_CODE.test(code.norm) || isClassNumber(code))) {
        spans.push([t.start, code.end]);
      }
    }
  }
  return spans;
}

export function roleGreetingSpans(text: string, tokens: readonly Token[], matches: readonly TermMatch[]): Span[] {
  const greeted = matches.filter((m) => m.tag === 'greeting' && greetsRole(m, text, tokens)).map((m) => [m.start, m.end] as const);
  return greeted.length > 0 ? greeted : groupHeadingSpans(text, tokens);
}

/** True when the draft greets pupils, parents or clients in their role. */
export function greetsClientGroup(input: DetectorInput): boolean {
  return roleGreetingSpans(input.draft.text, input.tokens, input.matches(CLIENT)).length > 0;
}
