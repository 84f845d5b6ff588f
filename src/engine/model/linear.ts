// The learned reader's model: one logistic classifier per finding kind over
// the hashed features of features.ts. Weights are stored as signed bytes with
// one scale per kind, base64 in a JSON artefact written by `npm run train`.
import type { FindingKind } from '../types.ts';
import { textScale, type DraftFeatures } from './features.ts';

/** The kinds the learned reader reads; work_email stays a rule (an address is a pattern, not a meaning). */
export const MODEL_KINDS = ['work_no_disclaimer', 'confidential', 'contact_client'] as const satisfies readonly FindingKind[];
export type ModelKind = (typeof MODEL_KINDS)[number];

/** The artefact as committed (src/engine/model/weights.json). */
export interface ModelFile {
  format: 1;
  dims: number;
  /** SHA-256 of the repository's training files, in the order the trainer read them. */
  dataHash: string;
  /** SHA-256 of the real-text training half read from ../shared (absent when trained without it). */
  sharedDataHash?: string;
  /** What the trainer read, for people: counts per source. */
  trainedOn: Record<string, number>;
  kinds: Record<ModelKind, StoredKind>;
}

export interface StoredKind {
  bias: number;
  /** Text weights are signed bytes times this scale. */
  scale: number;
  threshold: number;
  /** base64 of `dims` signed bytes. */
  weights: string;
  /** Weights of the rules' readings, by name (readings.ts). */
  readings: Record<string, number>;
}

export interface KindModel {
  bias: number;
  scale: number;
  /** Probability at or above which the reader reports the kind. */
  threshold: number;
  weights: Int8Array;
  readings: ReadonlyMap<string, number>;
}

export interface LinearModel {
  dims: number;
  kinds: Record<ModelKind, KindModel>;
}

function decodeBase64(text: string): Int8Array {
  const bin = atob(text);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

/** Turns the artefact into a ready model, or says what is wrong with it. */
export function loadModel(file: ModelFile): LinearModel {
  if (file.format !== 1) throw new Error(`unknown model format ${String(file.format)}`);
  if (!Number.isInteger(Math.log2(file.dims))) throw new Error(`model dims ${file.dims} is not a power of two`);
  const kinds = {} as Record<ModelKind, KindModel>;
  for (const kind of MODEL_KINDS) {
    const k = file.kinds[kind];
    if (k === undefined) throw new Error(`model has no ${kind}`);
    const weights = decodeBase64(k.weights);
    if (weights.length !== file.dims) throw new Error(`model ${kind} has ${weights.length} weights, expected ${file.dims}`);
    kinds[kind] = { bias: k.bias, scale: k.scale, threshold: k.threshold, weights, readings: new Map(Object.entries(k.readings)) };
  }
  return { dims: file.dims, kinds };
}

/** The model's log-odds that the draft carries `kind`, given its features and the rules' readings. */
export function logit(model: KindModel, f: DraftFeatures, readings: readonly string[]): number {
  const w = model.weights;
  let text = 0;
  for (let i = 0; i < f.count; i++) text += w[f.buckets[i]!]!;
  let z = model.bias + model.scale * text * textScale(f.count);
  for (const name of readings) z += model.readings.get(name) ?? 0;
  return z;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** How much each token pushed the score up (its unigram, surface-unigram, bigram and subwords). */
export function tokenContributions(model: KindModel, f: DraftFeatures, tokenCount: number): Float64Array {
  const out = new Float64Array(tokenCount);
  const w = model.weights;
  const unit = model.scale * textScale(f.count);
  for (let i = 0; i < f.count; i++) out[f.owners[i]!] = out[f.owners[i]!]! + w[f.buckets[i]!]! * unit;
  return out;
}
