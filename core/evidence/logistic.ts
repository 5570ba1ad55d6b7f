/**
 * A small logistic regression: the model that turns a pair's evidence into the probability that
 * a page figure and a source fact state the same claim. Training is Newton's method from zero
 * weights with an L2 penalty and at most a fixed number of steps, so the same data always gives
 * the same weights (no randomness).
 */

/** The logistic function. */
export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The probability a weight vector gives a feature vector (weights[0] is the bias). */
export function predict(weights: readonly number[], x: readonly number[]): number {
  let z = weights[0] ?? 0;
  for (let i = 0; i < x.length; i++) z += (weights[i + 1] ?? 0) * x[i]!;
  return sigmoid(z);
}

/** Training options: Newton steps, L2 strength, and the weight of positive examples. */
export interface TrainOptions {
  steps: number;
  l2: number;
  positiveWeight: number;
}

/** Defaults: Newton's method converges in a few steps; L2 keeps rare features' weights finite. */
export const DEFAULT_TRAIN: TrainOptions = { steps: 25, l2: 1, positiveWeight: 1 };

/**
 * Learns weights (bias first) from examples `xs` with 0/1 targets `ys` by Newton's method
 * (iteratively reweighted least squares) with an L2 penalty on all but the bias. Deterministic:
 * it starts from zero and takes a fixed number of steps.
 */
export function trainLogistic(xs: readonly number[][], ys: readonly number[], opts: TrainOptions = DEFAULT_TRAIN): number[] {
  const d = (xs[0]?.length ?? 0) + 1;
  const w = new Array<number>(d).fill(0);
  if (xs.length === 0) return w;
  const row = new Array<number>(d);
  for (let step = 0; step < opts.steps; step++) {
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    const g = new Array<number>(d).fill(0);
    for (let n = 0; n < xs.length; n++) {
      row[0] = 1;
      for (let i = 1; i < d; i++) row[i] = xs[n]![i - 1]!;
      const weight = ys[n] ? opts.positiveWeight : 1;
      const p = predict(w, xs[n]!);
      const err = (p - ys[n]!) * weight;
      const curv = Math.max(p * (1 - p), 1e-6) * weight;
      for (let i = 0; i < d; i++) {
        const ri = row[i]!;
        if (ri === 0) continue;
        g[i]! += err * ri;
        const hi = h[i]!;
        for (let j = 0; j < d; j++) hi[j]! += curv * ri * row[j]!;
      }
    }
    for (let i = 1; i < d; i++) {
      g[i]! += opts.l2 * w[i]!;
      h[i]![i]! += opts.l2;
    }
    h[0]![0]! += 1e-6;
    const delta = solve(h, g);
    let moved = 0;
    for (let i = 0; i < d; i++) {
      w[i]! -= delta[i]!;
      moved = Math.max(moved, Math.abs(delta[i]!));
    }
    if (moved < 1e-9) break;
  }
  return w.map((v) => Number(v.toFixed(6)));
}

/** Solves the symmetric positive definite system a·x = b by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((r, i) => [...r, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]!;
    if (Math.abs(pivot) < 1e-12) continue;
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const pivot = m[r]![r]!;
    if (Math.abs(pivot) < 1e-12) continue;
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / pivot;
  }
  return x;
}
