// Which guideline set the analysis uses: the one the user picked, or the
// default when that id is unknown (e.g. a set removed in an update).
import type { GuidelineSet } from '../engine/types.ts';
import { DEFAULT_SET_ID, findBuiltinSet } from '../guidelines/index.ts';

export function resolveGuidelineSet(setId: string): GuidelineSet {
  const chosen = findBuiltinSet(setId) ?? findBuiltinSet(DEFAULT_SET_ID);
  if (!chosen) throw new Error(`No guideline set "${setId}" and no default set "${DEFAULT_SET_ID}"`);
  return chosen;
}
