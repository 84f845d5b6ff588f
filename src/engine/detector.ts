import type { AnalysisContext, Draft, FindingKind, Lang, RawFinding } from './types.ts';
import type { Token } from './text/tokenize.ts';

/** What every detector receives: the draft, tokenised once, and the user's context. */
export interface DetectorInput {
  draft: Draft;
  tokens: readonly Token[];
  /** The draft's dominant language (a guess; mixed drafts are common). */
  lang: Lang;
  ctx: AnalysisContext;
}

/**
 * A detector is one rule: metadata plus a pure function. It never looks at the
 * guideline set's points; `analyze` attaches those by kind.
 */
export interface Detector {
  kind: FindingKind;
  /** One line for policy authors and the CLI's --list-rules. */
  description: string;
  detect(input: DetectorInput): RawFinding[];
}
