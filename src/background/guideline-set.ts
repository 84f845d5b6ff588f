// Which guideline set the analysis uses: the one the user picked (built-in,
// imported, or rolled out by the employer), or the default when that id is
// unknown (e.g. a set removed in an update).
import type { GuidelineSet } from '../engine/types.ts';
import { DEFAULT_SET_ID, findBuiltinSet } from '../guidelines/index.ts';

/** `extra` are the sets that are not built in (already validated); they are looked at first. */
export function resolveGuidelineSet(setId: string, extra: readonly GuidelineSet[] = []): GuidelineSet {
  const chosen = extra.find((s) => s.id === setId) ?? findBuiltinSet(setId) ?? findBuiltinSet(DEFAULT_SET_ID);
  if (!chosen) throw new Error(`No guideline set "${setId}" and no default set "${DEFAULT_SET_ID}"`);
  return chosen;
}
