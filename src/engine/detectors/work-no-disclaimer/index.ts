// work_no_disclaimer: the draft talks about the writer's own work or employer
// and nowhere says it is written in a private capacity.
import type { Detector, DetectorInput } from '../../detector.ts';
import type { RawFinding, Span } from '../../types.ts';
import { CLIENT, WORK } from '../../readings/lexicons.ts';
import { disclaimerFor } from '../../disclaimer-text.ts';
import { DISCLAIMERS, hasDisclaimer } from '../../readings/disclaimer.ts';
import { workReferences } from '../../readings/work-references.ts';
import { greetsClientGroup } from '../../readings/greetings.ts';

/** Spans reported per finding: enough to explain, not a wall of highlights. */
const MAX_SPANS = 5;

export const workNoDisclaimer: Detector = {
  kind: 'work_no_disclaimer',
  description: 'Talks about the writer’s own work or employer without saying it is written in a private capacity.',
  lexicons: [WORK, DISCLAIMERS, CLIENT],
  detect(input: DetectorInput): RawFinding[] {
    // A direct message is not a public statement; what matters there is who it
    // is to (contact_client), not a disclaimer.
    if (input.draft.surface === 'dm') return [];
    const refs = workReferences(input);
    if (refs.length === 0 || hasDisclaimer(input)) return [];
    const aboutEmployer = refs.some((m) => m.tag === 'employer' || m.tag === 'role');
    // Greeting clients in their role is doing the work (see ../../readings/greetings.ts).
    if (!aboutEmployer && greetsClientGroup(input)) return [];
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
