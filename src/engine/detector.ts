import type { AnalysisContext, Draft, FindingKind, Lang, RawFinding } from './types.ts';
import type { Token } from './text/tokenize.ts';
import type { CompiledTerms, TermMatch } from './text/terms.ts';

/** What every detector receives: the draft, tokenised once, and the user's context. */
export interface DetectorInput {
  draft: Draft;
  tokens: readonly Token[];
  /** The draft's dominant language (a guess; mixed drafts are common). */
  lang: Lang;
  ctx: AnalysisContext;
  /**
   * The matches of a term list over this draft, computed once per analysis:
   * detectors that share a lexicon (work talk is read by more than one) pay
   * for one pass.
   */
  matches(terms: CompiledTerms): readonly TermMatch[];
}

/**
 * A detector is one rule: metadata plus a pure function. It never looks at the
 * guideline set's points; `analyze` attaches those by kind.
 */
export interface Detector {
  kind: FindingKind;
  /** One line for policy authors and the CLI's --list-rules. */
  description: string;
  /** The term lists it reads through `input.matches`: analyze matches them all in one pass. */
  lexicons: readonly CompiledTerms[];
  detect(input: DetectorInput): RawFinding[];
}
