// The learned reader's model: one logistic classifier per finding kind over
// the hashed features of features.ts. Weights are stored as signed bytes with
// one scale per kind, base64 in a JSON artefact written by `npm run train`.
import type { FindingKind } from '../types.ts';
import type { DraftFeatures } from './features.ts';

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
  /** Probability below which a rule's finding of the kind is overruled (0: never). */
  veto: number;
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
  /** Probability below which the reader overrules a rule's finding of the kind (0: never). */
  veto: number;
  weights: Int8Array;
  readings: ReadonlyMap<string, number>;
}

export interface LinearModel {
  dims: number;
  kinds: Record<ModelKind, KindModel>;
  /**
   * The three kinds' text weights side by side, four bytes a bucket
   * ([work, confidential, contact, unused]): one memory read per feature
   * serves every kind, where three separate arrays would cost three.
   */
  table: Int8Array;
}

/** Lanes of the interleaved table, in MODEL_KINDS order. */
const LANES = 4;

function decodeBase64(text: string): Int8Array {
  const bin = atob(text);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

/** A ready model from per-kind parts (the artefact's, or a test's). */
export function buildModel(dims: number, kinds: Record<ModelKind, KindModel>): LinearModel {
  const table = new Int8Array(dims * LANES);
  MODEL_KINDS.forEach((kind, lane) => {
    const w = kinds[kind].weights;
    for (let b = 0; b < dims; b++) table[b * LANES + lane] = w[b]!;
  });
  return { dims, kinds, table };
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
    kinds[kind] = { bias: k.bias, scale: k.scale, threshold: k.threshold, veto: k.veto ?? 0, weights, readings: new Map(Object.entries(k.readings)) };
  }
  return buildModel(file.dims, kinds);
}

/** Each kind's log-odds for the draft, in MODEL_KINDS order, given its features and the rules' readings. */
/** `unit` is featureScale of the draft's features, computed once per analysis by the caller. */
export function logits(model: LinearModel, f: DraftFeatures, unit: number, readings: readonly string[]): number[] {
  const t = model.table;
  let w = 0;
  let c = 0;
  let p = 0;
  for (let i = 0; i < f.count; i++) {
    const at = f.buckets[i]! * LANES;
    w += t[at]!;
    c += t[at + 1]!;
    p += t[at + 2]!;
  }
  return MODEL_KINDS.map((kind, lane) => {
    const k = model.kinds[kind];
    let z = k.bias + k.scale * unit * (lane === 0 ? w : lane === 1 ? c : p);
    for (const name of readings) z += k.readings.get(name) ?? 0;
    return z;
  });
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** How much each token pushed the score up (its unigram, surface-unigram, bigram and subwords). */
export function tokenContributions(model: KindModel, f: DraftFeatures, unit: number, tokenCount: number): Float64Array {
  const out = new Float64Array(tokenCount);
  const w = model.weights;
  const scaled = model.scale * unit;
  for (let i = 0; i < f.count; i++) out[f.owners[i]!] = out[f.owners[i]!]! + w[f.buckets[i]!]! * scaled;
  return out;
}
