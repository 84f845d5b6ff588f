// Which guideline set the analysis uses: the one the user picked (built-in,
// imported, or rolled out by the employer). Until one is chosen the drafts
// are still read, against a stand-in with no points, no employer names and
// only the neutral disclaimers: findings then quote no municipality, and the
// "insert disclaimer" fix names none.
import { NEUTRAL_DISCLAIMERS } from '../engine/detectors/disclaimer-text.ts';
import type { GuidelineSet } from '../engine/types.ts';
import { findBuiltinSet } from '../guidelines/index.ts';

/** Not a set anyone can choose or see: the worker never names it in a response. */
export const NO_SET: GuidelineSet = Object.freeze({
  schemaVersion: 1,
  id: 'none',
  name: '',
  country: 'NO',
  language: 'en',
  source: { title: '' },
  employer: { names: [], emailDomains: [] },
  points: [],
  checklist: [],
  disclaimers: { ...NEUTRAL_DISCLAIMERS },
}) as GuidelineSet;

/**
 * The chosen set: `extra` are the sets that are not built in (already
 * validated) and are looked at first. Undefined when nothing is chosen or the
 * id names no set Varsom has (another municipality's set is never used instead).
 */
export function resolveGuidelineSet(setId: string | null, extra: readonly GuidelineSet[] = []): GuidelineSet | undefined {
  if (setId === null) return undefined;
  return extra.find((s) => s.id === setId) ?? findBuiltinSet(setId);
}
