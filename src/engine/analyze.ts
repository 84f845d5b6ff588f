import { sameName } from './text/names.ts';
import type { AnalysisContext, Draft, Finding, FindingKind, GuidelineSet, QuotedPoint, RawFinding } from './types.ts';
import type { Detector, DetectorInput } from './detector.ts';
import { tokenize } from './text/tokenize.ts';
import { detectLanguage } from './text/language.ts';
import { DETECTORS } from './detectors/index.ts';
import { bundledModel } from './model/bundled.ts';
import { scoreDraft, withLearnedReader, type KindScore } from './model/learned-reader.ts';
import type { LinearModel } from './model/linear.ts';
import { byLexicon, matchTerms, mergeTerms, type CompiledTerms, type TermMatch } from './text/terms.ts';

/**
 * Analyse one draft against the user's guideline set. Pure: no DOM, no browser
 * API, no I/O. Findings come in the detectors' order, then the learned
 * reader's for kinds no rule found, each with the points of the selected set
 * that support its kind (none when the set has no such point).
 *
 * The learned reader runs beside the full rule set by default; a test that
 * runs chosen detectors gets those rules alone unless it passes a reader.
 */
export function analyze(
  draft: Draft,
  ctx: AnalysisContext,
  detectors: readonly Detector[] = DETECTORS,
  reader: LinearModel | null = detectors === DETECTORS ? bundledModel() : null,
): Finding[] {
  const input = prepare(draft, ctx, detectors);
  if (input === undefined) return [];
  const raw: RawFinding[] = [];
  for (const detector of detectors) raw.push(...detector.detect(input));
  return (reader === null ? raw : withLearnedReader(input, raw, reader)).map((r) => withPoints(r, ctx));
}

/** The draft as the detectors see it and what the rules found: the learned reader's training input. */
export function readDraft(draft: Draft, ctx: AnalysisContext): { input: DetectorInput; rules: RawFinding[] } | undefined {
  const input = prepare(draft, ctx, DETECTORS);
  if (input === undefined) return undefined;
  return { input, rules: DETECTORS.flatMap((d) => d.detect(input)) };
}

/** The rules' findings and the learned reader's scores, kind by kind: what `npm run eval` compares. */
export function analyzeWithScores(
  draft: Draft,
  ctx: AnalysisContext,
  reader: LinearModel,
): { rules: RawFinding[]; scores: KindScore[] } | undefined {
  const read = readDraft(draft, ctx);
  if (read === undefined) return undefined;
  return { rules: read.rules, scores: scoreDraft(read.input, read.rules, reader) };
}

function prepare(draft: Draft, given: AnalysisContext, detectors: readonly Detector[]): DetectorInput | undefined {
  if (draft.text.trim().length === 0) return undefined;
  const ctx = asFriendConversation(draft, given);
  const tokens = tokenize(draft.text);
  const lang = detectLanguage(tokens);
  // Every detector's word lists in one pass over the tokens; lists built per
  // call (the user's own names) are matched on demand.
  const { merged, known } = mergedLexicons(detectors);
  const memo: Map<CompiledTerms, readonly TermMatch[]> = byLexicon(matchTerms(tokens, merged));
  const matches = (terms: CompiledTerms): readonly TermMatch[] => {
    let found = memo.get(terms);
    if (found === undefined) {
      found = known.has(terms) ? [] : matchTerms(tokens, terms);
      memo.set(terms, found);
    }
    return found;
  };
  return { draft, tokens, lang, ctx, matches };
}

const MERGED = new WeakMap<readonly Detector[], { merged: CompiledTerms; known: Set<CompiledTerms> }>();
function mergedLexicons(detectors: readonly Detector[]): { merged: CompiledTerms; known: Set<CompiledTerms> } {
  let entry = MERGED.get(detectors);
  if (entry === undefined) {
    const lists = detectors.flatMap((d) => d.lexicons);
    entry = { merged: mergeTerms(lists), known: new Set(lists) };
    MERGED.set(detectors, entry);
  }
  return entry;
}

function withPoints(raw: RawFinding, ctx: AnalysisContext): Finding {
  return { ...raw, points: pointsFor(ctx.set, raw.kind) };
}

// The quoted points of a set for a kind are the same for every draft: built
// once per set object (a changed or re-imported set is a new object).
const POINTS = new WeakMap<GuidelineSet, Map<FindingKind, readonly QuotedPoint[]>>();
function pointsFor(set: GuidelineSet, kind: FindingKind): QuotedPoint[] {
  let byKind = POINTS.get(set);
  if (byKind === undefined) {
    byKind = new Map();
    POINTS.set(set, byKind);
  }
  let points = byKind.get(kind);
  if (points === undefined) {
    points = set.points
      .filter((p) => p.kinds.includes(kind))
      .map((p) => ({
        id: p.id,
        number: p.number,
        ...(p.heading !== undefined ? { heading: p.heading } : {}),
        text: p.text,
        setId: set.id,
        setName: set.name,
      }));
    byKind.set(kind, points);
  }
  // A fresh array of fresh points: callers may keep or change what they get.
  return points.map((p) => ({ ...p }));
}

/**
 * A direct message to someone on the people-from-work list whom the user also
 * marked as a friend is read as a message to a friend: that person is left out
 * of the list for this analysis, so ordinary chat stays quiet, while a work
 * matter in the text (homework, a case, an appointment) is still found.
 */
function asFriendConversation(draft: Draft, ctx: AnalysisContext): AnalysisContext {
  const { recipient } = draft;
  const friends = ctx.profile.alsoFriends ?? [];
  if (draft.surface !== 'dm' || recipient === undefined || !friends.some((f) => sameName(recipient, f))) return ctx;
  return { ...ctx, profile: { ...ctx.profile, peopleFromWork: ctx.profile.peopleFromWork.filter((p) => !sameName(recipient, p)) } };
}
