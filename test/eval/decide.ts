// The three ways the evaluation reads a draft: the rules alone, the learned
// reader alone, and both (what analyze() reports: a kind a rule found and the
// reader did not overrule, or one the reader passes; learned-reader.ts makes
// the same decision).
import type { FindingKind } from '../../src/engine/index.ts';
import { passes, type KindScore } from '../../src/engine/model/learned-reader.ts';

export const MODES = ['rules', 'model', 'combined'] as const;
export type Mode = (typeof MODES)[number];

export const CV_FILE_URL = new URL('./cv-predictions.json', import.meta.url);

export function decide(rules: readonly FindingKind[], scores: readonly KindScore[]): Record<Mode, FindingKind[]> {
  const byRules = [...new Set(rules)];
  const byModel = scores.filter(passes).map((s) => s.kind);
  const overruled = new Set<FindingKind>(scores.filter((s) => s.overrules).map((s) => s.kind));
  return { rules: byRules, model: byModel, combined: [...new Set([...byRules.filter((k) => !overruled.has(k)), ...byModel])] };
}
