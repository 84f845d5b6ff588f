// Whether a draft says it is written in a private capacity, and whether that
// is turned around ("ikke som privatperson"). Read by work_no_disclaimer,
// which stays quiet when it is there, and by the learned reader.
import type { DetectorInput } from '../detector.ts';
import { DISCLAIMER_WORDS, GRAMMAR } from '../words/index.ts';

/** Ways to say one writes in a private capacity. */
export const DISCLAIMERS = DISCLAIMER_WORDS.compile('disclaimer');
const NEGATIONS = GRAMMAR.set('negations');
/** Words before a disclaimer in which a negation turns it around ("ikke som privatperson, men som tillitsvalgt"). */
const NEGATION_REACH = 4;

/**
 * Whether the draft says it is written privately: "present", "negated" when
 * every disclaimer phrase in it is turned around ("ikke som privatperson"),
 * or "none". The learned reader takes this as one of its inputs.
 */
export function disclaimerReading(input: DetectorInput): 'present' | 'negated' | 'none' {
  const { tokens } = input;
  const found = input.matches(DISCLAIMERS);
  if (found.length === 0) return 'none';
  const stands = found.some((m) => {
    // Phrases that carry their own negation ("ikke på vegne av") are disclaimers as written.
    if (m.pattern.split(/\s+/).some((w) => NEGATIONS.has(w))) return true;
    for (let i = Math.max(0, m.first - NEGATION_REACH); i < m.first; i++) if (NEGATIONS.has(tokens[i]!.norm)) return false;
    return true;
  });
  return stands ? 'present' : 'negated';
}

export function hasDisclaimer(input: DetectorInput): boolean {
  return disclaimerReading(input) === 'present';
}
