// The rules' readings of a draft, given to the learned reader as named inputs:
// what the precise rules already know (a valid ID, a disclaimer and whether it
// is negated, the recipient on the people-from-work list, a greeting to a
// group in its role, the employer named) is worth more than any n-gram.
import type { DetectorInput } from '../detector.ts';
import type { RawFinding } from '../types.ts';
import type { CompiledTerms } from '../text/terms.ts';
import { sameName } from '../text/names.ts';
import { isSentenceStart, sentenceIndex } from '../text/sentences.ts';
import { DETECTORS } from '../detectors/index.ts';
import { disclaimerReading } from '../readings/disclaimer.ts';
import { workReferences } from '../readings/work-references.ts';
import { GRAMMAR } from '../words/index.ts';

const YOU = GRAMMAR.set('you');

/** Every word list the rules read: which kinds of word a draft holds is a reading of its own. */
const LEXICONS: readonly CompiledTerms[] = [...new Set(DETECTORS.flatMap((d) => d.lexicons))];

export function readingNames(input: DetectorInput, ruleFindings: readonly RawFinding[]): string[] {
  const { draft, ctx } = input;
  const names = new Set<string>();
  names.add(`surface:${draft.surface ?? 'post'}`);
  names.add(`site:${draft.site ?? 'facebook'}`);
  names.add(`lang:${input.lang}`);
  for (const f of ruleFindings) {
    names.add(`rule:${f.kind}`);
    names.add(`finding:${f.message.key}`);
  }
  const disclaimer = disclaimerReading(input);
  if (disclaimer !== 'none') names.add(`disclaimer:${disclaimer}`);
  for (const ref of workReferences(input)) names.add(`workref:${ref.tag}`);
  if (draft.recipient) {
    names.add('recipient:named');
    if (ctx.profile.peopleFromWork.some((p) => sameName(draft.recipient!, p))) names.add('recipient:from-work');
  }
  if (/(^|\s)@\p{L}/u.test(draft.text)) names.add('mention:at');
  // The kinds of word the rules' lists found, whether or not a rule fired:
  // "health", "relative", "matter", "service" … are what a situation is made of.
  for (const lexicon of LEXICONS) for (const m of input.matches(lexicon)) names.add(`lexicon:${m.tag}`);
  // Someone named in the middle of a sentence, and someone spoken to.
  const sentences = sentenceIndex(draft.text, input.tokens);
  for (const t of input.tokens) {
    if (t.capitalised && !t.numeric && t.norm.length > 1 && !isSentenceStart(sentences, t.index)) names.add('words:capitalised-inside');
    if (YOU.has(t.norm)) names.add('words:you');
  }
  names.add(draft.text.length < 80 ? 'length:short' : draft.text.length > 600 ? 'length:long' : 'length:medium');
  return [...names];
}
