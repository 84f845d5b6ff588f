// The learned reader beside the rules: for each kind no rule found, the
// model's probability decides, against a threshold calibrated per kind when
// the model was trained. Its findings explain themselves the way a rule's do:
// the words that pushed the score most become the spans and the quoted cue.
//
// It may also overrule a rule: where the model, which sees the rule's finding
// among its inputs, still gives the kind a probability below the kind's veto
// (calibrated out of fold, where most findings it overruled were wrong and
// the decision as a whole gained), the rule's finding is dropped. A valid ID number is never overruled: it is
// confidential whatever the context (LABELS.md, decision 5).
import type { DetectorInput } from '../detector.ts';
import type { FindingKind, RawFinding, Severity, Span } from '../types.ts';
import type { Token } from '../text/tokenize.ts';
import { disclaimerFor } from '../disclaimer-text.ts';
import { sameName } from '../text/names.ts';
import { disclaimerReading } from '../readings/disclaimer.ts';
import { draftFeatures, featureScale } from './features.ts';
import { logits, MODEL_KINDS, sigmoid, tokenContributions, type LinearModel, type ModelKind } from './linear.ts';
import notCues from './not-cues.json';
import { readingNames } from './readings.ts';

/** Cue words shown per finding: enough to see why, few enough to read. */
const MAX_CUES = 3;
/** The most words the fallback span (the opening sentence) covers. */
const OPENING_WORDS = 12;
/** A word's share of the strongest word's push below which it is no cue. */
const CUE_SHARE = 0.35;

/** Words never shown as cues (not-cues.json), all four languages together: drafts mix them. */
const NOT_CUES: ReadonlySet<string> = new Set(
  (['nb', 'nn', 'sv', 'en'] as const).flatMap((lang) => notCues[lang]),
);

const SEVERITY: Record<ModelKind, Severity> = { work_no_disclaimer: 'low', confidential: 'high', contact_client: 'medium' };

export interface KindScore {
  kind: ModelKind;
  probability: number;
  threshold: number;
  /** False when the label policy rules the kind out before any model reads the draft. */
  eligible: boolean;
  /** True when a rule found the kind and the reader overrules it. */
  overrules: boolean;
}

/** A rule's findings of a kind the reader may overrule: any but a valid ID number. */
function overrulable(kind: ModelKind, ruleFindings: readonly RawFinding[]): boolean {
  const ofKind = ruleFindings.filter((f) => f.kind === kind);
  return ofKind.length > 0 && ofKind.every((f) => f.message.key !== 'finding_confidential_id');
}

/** Kinds the label policy rules out before any model reads the draft. */
function ruledOut(kind: ModelKind, input: DetectorInput): boolean {
  // A direct message is never a public statement, and a draft that says it
  // is written privately has what the guideline asks for.
  return kind === 'work_no_disclaimer' && (input.draft.surface === 'dm' || disclaimerReading(input) === 'present');
}

function read(input: DetectorInput, ruleFindings: readonly RawFinding[], model: LinearModel) {
  const features = draftFeatures(input.tokens, input.draft.surface, model.dims);
  // One pass over the features for their weight, shared by the scores and the cue spans.
  const unit = featureScale(features.buckets, features.count);
  const readings = readingNames(input, ruleFindings);
  const z = logits(model, features, unit, readings);
  const scores: KindScore[] = MODEL_KINDS.map((kind, i) => {
    const probability = sigmoid(z[i]!);
    return {
      kind,
      probability,
      threshold: model.kinds[kind].threshold,
      eligible: !ruledOut(kind, input),
      overrules: probability < model.kinds[kind].veto && overrulable(kind, ruleFindings),
    };
  });
  return { features, unit, scores };
}

/** What the reader thinks of a draft, kind by kind (for the evaluation). */
export function scoreDraft(input: DetectorInput, ruleFindings: readonly RawFinding[], model: LinearModel): KindScore[] {
  return input.tokens.length === 0 ? [] : read(input, ruleFindings, model).scores;
}

/** The reader's decision: a kind it reads with a probability at or above its calibrated threshold. */
export function passes(score: KindScore): boolean {
  return score.eligible && score.probability >= score.threshold;
}

/**
 * The rules' findings as the reader leaves them (overruled ones dropped) and
 * its own findings for kinds no rule found, in that order.
 */
export function withLearnedReader(input: DetectorInput, ruleFindings: readonly RawFinding[], model: LinearModel): RawFinding[] {
  if (input.tokens.length === 0) return [...ruleFindings];
  const { features, unit, scores } = read(input, ruleFindings, model);
  const overruled = new Set(scores.filter((s) => s.overrules).map((s) => s.kind as FindingKind));
  const out = ruleFindings.filter((f) => !overruled.has(f.kind));
  const found = new Set<FindingKind>(ruleFindings.map((r) => r.kind));
  for (const score of scores) {
    if (found.has(score.kind) || !passes(score)) continue;
    const cues = cueSpans(input.tokens, tokenContributions(model.kinds[score.kind], features, unit, input.tokens.length));
    // No word that means something pushed the score (only greetings and the like, or
    // the recipient alone): the finding points at the message's opening sentence.
    const spans = cues.length > 0 ? cues : openingSentence(input.tokens, input.draft.text);
    const trigger = spans.map(([s, e]) => input.draft.text.slice(s, e)).join(' … ');
    out.push(withMessage(score.kind, spans, trigger, input));
  }
  return out;
}

function withMessage(kind: ModelKind, spans: Span[], trigger: string, input: DetectorInput): RawFinding {
  const base = { kind, severity: SEVERITY[kind], spans, source: 'learned' as const };
  switch (kind) {
    case 'work_no_disclaimer': {
      const disclaimer = disclaimerFor(input.lang, input.ctx);
      return {
        ...base,
        message: { key: 'finding_work_no_disclaimer', params: { trigger } },
        fix: { type: 'insert', text: disclaimer.text, position: 'end', lang: disclaimer.lang },
      };
    }
    case 'confidential':
      return { ...base, message: { key: 'finding_confidential_context', params: { trigger } } };
    case 'contact_client': {
      // To someone on the people-from-work list: say so, as the reminder is about them.
      const recipient = input.draft.recipient;
      const known = recipient !== undefined && input.ctx.profile.peopleFromWork.some((p) => sameName(recipient, p));
      return known
        ? { ...base, message: { key: 'finding_contact_client_known_person', params: { name: recipient } } }
        : { ...base, message: { key: 'finding_contact_client_work_matter', params: { trigger } } };
    }
  }
}

/**
 * The message's first sentence with a word that means something (not a
 * greeting alone: "Hei! Ses i kveld?" points at "Ses i kveld"), at most
 * OPENING_WORDS words, as one span; the first sentence when none has one.
 */
function openingSentence(tokens: readonly Token[], text: string): Span[] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  for (const t of tokens) {
    const before = current[current.length - 1];
    if (before !== undefined && /[.!?\n]/.test(text.slice(before.end, t.start))) {
      sentences.push(current);
      current = [];
    }
    current.push(t);
  }
  if (current.length > 0) sentences.push(current);
  const chosen = sentences.find((words) => words.some((t) => !NOT_CUES.has(t.norm))) ?? sentences[0];
  if (chosen === undefined) return [];
  const words = chosen.slice(0, OPENING_WORDS);
  return [[words[0]!.start, words[words.length - 1]!.end]];
}

/**
 * The words that pushed the score most, in text order, with neighbours that
 * also pushed merged into one phrase ("nattevakt på avdelinga").
 */
export function cueSpans(tokens: readonly Token[], push: Float64Array): Span[] {
  // Only words that can be shown count, also for "far weaker than the strongest".
  const shown = (i: number): boolean => tokens[i]!.norm.length > 1 && !NOT_CUES.has(tokens[i]!.norm);
  let best = 0;
  for (let i = 0; i < push.length; i++) if (shown(i) && push[i]! > best) best = push[i]!;
  if (best <= 0) return [];
  const ranked: number[] = [];
  for (let i = 0; i < push.length; i++) if (shown(i) && push[i]! >= best * CUE_SHARE) ranked.push(i);
  ranked.sort((a, b) => push[b]! - push[a]!);
  const chosen = ranked.slice(0, MAX_CUES).sort((a, b) => a - b);
  const spans: Span[] = [];
  let open: [number, number] | undefined;
  let lastIndex = -2;
  for (const i of chosen) {
    const t = tokens[i]!;
    if (open !== undefined && i === lastIndex + 1) open[1] = t.end;
    else {
      if (open !== undefined) spans.push([open[0], open[1]]);
      open = [t.start, t.end];
    }
    lastIndex = i;
  }
  if (open !== undefined) spans.push([open[0], open[1]]);
  return spans;
}
