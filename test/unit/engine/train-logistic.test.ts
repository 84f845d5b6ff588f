// The trainer behind the learned reader, checked against a reference result:
// scikit-learn's LogisticRegression fitted to the same weighted data
// (scripts/train/reference.py made the fixture).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitLogistic, predict, type SparseRows } from '../../../scripts/train/logistic.ts';

interface Reference {
  x: number[][];
  y: number[];
  sampleWeight: number[];
  cases: { C: number; coef: number[]; intercept: number }[];
}
const ref = JSON.parse(readFileSync(new URL('../fixtures/logistic-reference.json', import.meta.url), 'utf8')) as Reference;

/** Dense rows to the trainer's sparse form, zeros left out. */
function sparse(rows: number[][]): SparseRows {
  const rowStart = [0];
  const cols: number[] = [];
  const vals: number[] = [];
  for (const row of rows) {
    row.forEach((v, j) => {
      if (v !== 0) {
        cols.push(j);
        vals.push(v);
      }
    });
    rowStart.push(cols.length);
  }
  return { rowStart: Int32Array.from(rowStart), cols: Int32Array.from(cols), vals: Float32Array.from(vals), columns: rows[0]!.length };
}

const x = sparse(ref.x);
const y = Uint8Array.from(ref.y);
const weights = Float64Array.from(ref.sampleWeight);

describe('fitLogistic', () => {
  for (const c of ref.cases) {
    it(`matches scikit-learn's weights at C=${c.C}`, () => {
      const fit = fitLogistic(x, y, weights, { l2: 1 / c.C, tolerance: 1e-9, maxIterations: 2000 });
      expect(fit.converged).toBe(true);
      // Float32 inputs against float64 ones: agreement to 1e-4 is the same optimum.
      for (let j = 0; j < c.coef.length; j++) expect(fit.weights[j]).toBeCloseTo(c.coef[j]!, 4);
      expect(fit.bias).toBeCloseTo(c.intercept, 4);
    });
  }

  it('gives the same weights on every run (deterministic)', () => {
    const a = fitLogistic(x, y, weights, { l2: 1 });
    const b = fitLogistic(x, y, weights, { l2: 1 });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(a.bias).toBe(b.bias);
  });

  it('adds repeated columns within a row, as the hashed features need', () => {
    const once: SparseRows = { rowStart: Int32Array.from([0, 1, 2]), cols: Int32Array.from([0, 0]), vals: Float32Array.from([2, -2]), columns: 1 };
    const split: SparseRows = { rowStart: Int32Array.from([0, 2, 4]), cols: Int32Array.from([0, 0, 0, 0]), vals: Float32Array.from([1, 1, -1, -1]), columns: 1 };
    const labels = Uint8Array.from([1, 0]);
    const w = Float64Array.from([1, 1]);
    const a = fitLogistic(once, labels, w, { l2: 0.5 });
    const b = fitLogistic(split, labels, w, { l2: 0.5 });
    expect(a.weights[0]).toBeCloseTo(b.weights[0]!, 8);
    expect(Array.from(predict(once, a.weights, a.bias)).map((p) => p > 0.5)).toEqual([true, false]);
  });
});
