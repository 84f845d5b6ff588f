// The rules' readings of a draft, given to the learned reader as named inputs:
// what the precise rules already know (a valid ID, a disclaimer and whether it
// is negated, the recipient on the people-from-work list, a greeting to a
// group in its role, the employer named) is worth more than any n-gram.
import type { DetectorInput } from '../detector.ts';
import type { RawFinding } from '../types.ts';
import { sameName } from '../text/names.ts';
import { disclaimerReading, workReferences } from '../detectors/work-no-disclaimer.ts';

/** Every name readingNames can return, for tests and for the trainer's report. */
export const READING_FAMILIES = ['surface', 'site', 'lang', 'rule', 'finding', 'disclaimer', 'workref', 'recipient', 'mention'] as const;

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
  return [...names];
}
