// L2-regularised logistic regression on sparse rows, minimised with L-BFGS.
// Deterministic: no randomness, rows read in order, so the same data gives
// the same weights bit for bit. Checked against scikit-learn's
// LogisticRegression (lbfgs) in test/unit/engine/train-logistic.test.ts.

/** Rows in compressed sparse row form; a column may repeat within a row (values add). */
export interface SparseRows {
  rowStart: Int32Array; // length rows + 1
  cols: Int32Array;
  vals: Float32Array;
  columns: number;
}

export interface FitOptions {
  /** The L2 penalty on the weights (not on the bias): 1/C in scikit-learn's terms. */
  l2: number;
  /** Stop when every gradient entry is below this (or the loss stops moving). */
  tolerance?: number;
  maxIterations?: number;
  /** History kept by L-BFGS. */
  memory?: number;
}

export interface FitResult {
  weights: Float64Array;
  bias: number;
  iterations: number;
  loss: number;
  converged: boolean;
}

/** Penalised loss and its gradient at (w, b); `grad` gets columns + 1 entries, the bias last. */
function lossAndGradient(
  x: SparseRows,
  y: Uint8Array,
  sampleWeight: Float64Array,
  l2: number,
  theta: Float64Array,
  grad: Float64Array,
): number {
  const m = x.columns;
  const bias = theta[m]!;
  grad.fill(0);
  let loss = 0;
  const rows = y.length;
  for (let r = 0; r < rows; r++) {
    const from = x.rowStart[r]!;
    const to = x.rowStart[r + 1]!;
    let z = bias;
    for (let k = from; k < to; k++) z += theta[x.cols[k]!]! * x.vals[k]!;
    const s = sampleWeight[r]!;
    // log(1 + e^-z) for y = 1 and log(1 + e^z) for y = 0, computed stably.
    const signed = y[r] === 1 ? -z : z;
    loss += s * (signed > 0 ? signed + Math.log1p(Math.exp(-signed)) : Math.log1p(Math.exp(signed)));
    const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    const g = s * (p - y[r]!);
    for (let k = from; k < to; k++) grad[x.cols[k]!] = grad[x.cols[k]!]! + g * x.vals[k]!;
    grad[m] = grad[m]! + g;
  }
  let norm = 0;
  for (let j = 0; j < m; j++) {
    norm += theta[j]! * theta[j]!;
    grad[j] = grad[j]! + l2 * theta[j]!;
  }
  return loss + 0.5 * l2 * norm;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function maxAbs(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s = Math.max(s, Math.abs(a[i]!));
  return s;
}

export function fitLogistic(x: SparseRows, y: Uint8Array, sampleWeight: Float64Array, options: FitOptions): FitResult {
  const n = x.columns + 1;
  const tolerance = options.tolerance ?? 1e-6;
  const maxIterations = options.maxIterations ?? 500;
  const memory = options.memory ?? 10;
  let theta = new Float64Array(n);
  let grad = new Float64Array(n);
  let loss = lossAndGradient(x, y, sampleWeight, options.l2, theta, grad);
  const sHist: Float64Array[] = [];
  const yHist: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(memory);
  const direction = new Float64Array(n);
  const trial = new Float64Array(n);
  let trialGrad = new Float64Array(n);
  let iterations = 0;
  let converged = maxAbs(grad) < tolerance;
  while (!converged && iterations < maxIterations) {
    // Two-loop recursion: direction = -H * grad.
    direction.set(grad);
    for (let i = sHist.length - 1; i >= 0; i--) {
      const a = rho[i]! * dot(sHist[i]!, direction);
      alpha[i] = a;
      const yi = yHist[i]!;
      for (let j = 0; j < n; j++) direction[j] = direction[j]! - a * yi[j]!;
    }
    if (sHist.length > 0) {
      const last = sHist.length - 1;
      const gamma = dot(sHist[last]!, yHist[last]!) / dot(yHist[last]!, yHist[last]!);
      for (let j = 0; j < n; j++) direction[j] = direction[j]! * gamma;
    } else {
      const scale = 1 / Math.max(1, Math.sqrt(dot(grad, grad)));
      for (let j = 0; j < n; j++) direction[j] = direction[j]! * scale;
    }
    for (let i = 0; i < sHist.length; i++) {
      const b = rho[i]! * dot(yHist[i]!, direction);
      const si = sHist[i]!;
      for (let j = 0; j < n; j++) direction[j] = direction[j]! + si[j]! * (alpha[i]! - b);
    }
    for (let j = 0; j < n; j++) direction[j] = -direction[j]!;
    let slope = dot(grad, direction);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      sHist.length = yHist.length = rho.length = 0;
      for (let j = 0; j < n; j++) direction[j] = -grad[j]!;
      slope = dot(grad, direction);
    }
    // Backtracking line search with the Armijo condition.
    let step = 1;
    let trialLoss = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let j = 0; j < n; j++) trial[j] = theta[j]! + step * direction[j]!;
      trialLoss = lossAndGradient(x, y, sampleWeight, options.l2, trial, trialGrad);
      if (trialLoss <= loss + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(trialLoss < loss) && !(trialLoss <= loss + 1e-4 * step * slope)) break;
    const s = new Float64Array(n);
    const yv = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      s[j] = trial[j]! - theta[j]!;
      yv[j] = trialGrad[j]! - grad[j]!;
    }
    const sy = dot(s, yv);
    if (sy > 1e-12) {
      if (sHist.length === memory) {
        sHist.shift();
        yHist.shift();
        rho.shift();
      }
      sHist.push(s);
      yHist.push(yv);
      rho.push(1 / sy);
    }
    const improvement = loss - trialLoss;
    [theta, trialGrad, grad] = [Float64Array.from(trial), grad, trialGrad];
    loss = trialLoss;
    iterations++;
    converged = maxAbs(grad) < tolerance;
    // The loss no longer moves at double precision: as good as it gets.
    if (!converged && improvement >= 0 && improvement < 1e-12 * Math.max(1, Math.abs(loss))) converged = true;
  }
  return { weights: theta.subarray(0, x.columns), bias: theta[x.columns]!, iterations, loss, converged };
}

/** The probability the fitted model gives each row. */
export function predict(x: SparseRows, weights: Float64Array, bias: number): Float64Array {
  const rows = x.rowStart.length - 1;
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let z = bias;
    for (let k = x.rowStart[r]!; k < x.rowStart[r + 1]!; k++) z += weights[x.cols[k]!]! * x.vals[k]!;
    out[r] = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }
  return out;
}
