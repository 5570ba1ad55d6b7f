/**
 * Gradient-boosted decision trees for the logistic loss: the model that can weigh evidence in
 * combination ("the same precise value" counts for much on a page about the sources' story, and for
 * little on another), which a logistic regression over the same features cannot. Small and
 * deterministic: no sampling, split points from fixed quantiles, a fixed number of rounds.
 */
import { sigmoid } from './logistic';
import { firstIndex } from '../sorted';

/** One node of a tree: a split (`f` feature index, go left when x[f] <= t) or a leaf (`v`, a log-odds step). */
export type TreeNode = { f: number; t: number; l: number; r: number } | { v: number };

/** A boosted model: base log-odds and trees whose leaves add up. */
export interface Boosted {
  base: number;
  trees: TreeNode[][];
}

/** Training options. */
export interface BoostOptions {
  rounds: number;
  depth: number;
  rate: number;
  /** Least total hessian a leaf needs (keeps leaves from resting on a handful of pairs). */
  minLeaf: number;
  /** L2 on leaf values. */
  l2: number;
  /** Candidate split points per feature. */
  bins: number;
  /**
   * Split points on a fixed grid of [0, 1] (0, 1/bins, …), the same whatever the rows; otherwise at
   * quantiles of each feature's distinct values, which move when a few rows are added.
   */
  fixedGrid?: boolean;
}

/** Defaults chosen on the corpus's leave-one-topic-out runs (docs/ACCURACY.md). */
export const DEFAULT_BOOST: BoostOptions = { rounds: 120, depth: 3, rate: 0.1, minLeaf: 20, l2: 5, bins: 16, fixedGrid: true };

/** The log-odds a model gives a feature vector. */
export function logOdds(m: Boosted, x: readonly number[]): number {
  let z = m.base;
  for (const tree of m.trees) z += leafOf(tree, x).v;
  return z;
}

/** The probability a model gives a feature vector. */
export function predictBoosted(m: Boosted, x: readonly number[]): number {
  return sigmoid(logOdds(m, x));
}

function leafOf(tree: TreeNode[], x: readonly number[]): { v: number } {
  let n = tree[0]!;
  while (!('v' in n)) n = tree[x[n.f]! <= n.t ? n.l : n.r]!;
  return n;
}

/**
 * How much each feature moved the log-odds of `x` (the change of the expected value along each
 * tree's path, credited to the feature split on), for "why this matched".
 */
export function contributions(m: Boosted, x: readonly number[], features: number): number[] {
  const out = new Array<number>(features).fill(0);
  for (const tree of m.trees) {
    const mean = meanValues(tree);
    let i = 0;
    let n = tree[0]!;
    while (!('v' in n)) {
      const next = x[n.f]! <= n.t ? n.l : n.r;
      out[n.f]! += mean[next]! - mean[i]!;
      i = next;
      n = tree[i]!;
    }
  }
  return out;
}

/** `meanValues` of each tree, worked out once: "why" reads them for every figure it explains. */
const means = new WeakMap<TreeNode[], number[]>();

/** Each node's unweighted mean leaf value (a cheap stand-in for the expected value under it). */
function meanValues(tree: TreeNode[]): number[] {
  let known = means.get(tree);
  if (!known) means.set(tree, (known = meanValuesOf(tree)));
  return known;
}

function meanValuesOf(tree: TreeNode[]): number[] {
  const out = new Array<number>(tree.length).fill(0);
  const visit = (i: number): [number, number] => {
    const n = tree[i]!;
    if ('v' in n) return [(out[i] = n.v), 1];
    const [a, ca] = visit(n.l);
    const [b, cb] = visit(n.r);
    out[i] = (a * ca + b * cb) / (ca + cb);
    return [out[i]!, ca + cb];
  };
  visit(0);
  return out;
}

/** Learns a boosted model from examples `xs` with 0/1 targets `ys`. Deterministic. */
export function trainBoosted(xs: readonly number[][], ys: readonly number[], opts: BoostOptions = DEFAULT_BOOST): Boosted {
  const n = xs.length;
  const d = xs[0]?.length ?? 0;
  const pos = ys.reduce((a, b) => a + b, 0);
  const base = n === 0 ? 0 : Math.log((pos + 1) / (n - pos + 1));
  const cuts = Array.from({ length: d }, (_, f) => (opts.fixedGrid ? gridPoints(xs, f, opts.bins) : splitPoints(xs, f, opts.bins)));
  // Each example's bin per feature, computed once.
  const bins = xs.map((x) => cuts.map((c, f) => binOf(c, x[f]!)));
  const z = new Float64Array(n).fill(base);
  const trees: TreeNode[][] = [];
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  for (let round = 0; round < opts.rounds; round++) {
    for (let k = 0; k < n; k++) {
      const p = sigmoid(z[k]!);
      g[k] = p - ys[k]!;
      h[k] = Math.max(p * (1 - p), 1e-6);
    }
    const tree: TreeNode[] = [];
    grow(tree, Array.from({ length: n }, (_, k) => k), 0);
    trees.push(tree);
    for (let k = 0; k < n; k++) z[k]! += leafOf(tree, xs[k]!).v;
  }
  return { base: round6(base), trees };

  function grow(tree: TreeNode[], rows: number[], depth: number): number {
    const at = tree.length;
    let G = 0;
    let H = 0;
    for (const k of rows) {
      G += g[k]!;
      H += h[k]!;
    }
    tree.push({ v: round6((-G / (H + opts.l2)) * opts.rate) });
    if (depth >= opts.depth || H < 2 * opts.minLeaf) return at;
    const parent = (G * G) / (H + opts.l2);
    let best = { gain: 1e-9, f: -1, b: -1 };
    for (let f = 0; f < d; f++) {
      const nb = cuts[f]!.length;
      if (nb === 0) continue;
      const hg = new Float64Array(nb + 1);
      const hh = new Float64Array(nb + 1);
      for (const k of rows) {
        const b = bins[k]![f]!;
        hg[b]! += g[k]!;
        hh[b]! += h[k]!;
      }
      let gl = 0;
      let hl = 0;
      for (let b = 0; b < nb; b++) {
        gl += hg[b]!;
        hl += hh[b]!;
        const gr = G - gl;
        const hr = H - hl;
        if (hl < opts.minLeaf || hr < opts.minLeaf) continue;
        const gain = (gl * gl) / (hl + opts.l2) + (gr * gr) / (hr + opts.l2) - parent;
        if (gain > best.gain) best = { gain, f, b };
      }
    }
    if (best.f < 0) return at;
    const left = rows.filter((k) => bins[k]![best.f]! <= best.b);
    const right = rows.filter((k) => bins[k]![best.f]! > best.b);
    const l = grow(tree, left, depth + 1);
    const r = grow(tree, right, depth + 1);
    tree[at] = { f: best.f, t: cuts[best.f]![best.b]!, l, r };
    return at;
  }
}

/** Up to `bins` distinct split points of feature `f` (the values at fixed quantiles). */
function splitPoints(xs: readonly number[][], f: number, bins: number): number[] {
  const values = [...new Set(xs.map((x) => x[f]!))].sort((a, b) => a - b);
  if (values.length <= 1) return [];
  if (values.length <= bins) return values.slice(0, -1);
  const out = new Set<number>();
  for (let i = 1; i < bins; i++) out.add(values[Math.floor((i * values.length) / bins)]!);
  return [...out].sort((a, b) => a - b);
}

/**
 * Split points of feature `f` on a fixed grid: 0 (nothing against something), then every 1/`bins`
 * below 1, kept where a training value lies on each side. Every feature is in [0, 1]
 * (core/evidence/features.ts); one that is not falls back to quantiles.
 */
function gridPoints(xs: readonly number[][], f: number, bins: number): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (const x of xs) {
    const v = x[f]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min < 0 || max > 1) return splitPoints(xs, f, bins);
  const out: number[] = [];
  for (let i = 0; i < bins; i++) {
    const t = i / bins;
    if (t >= min && t < max) out.push(t);
  }
  return out;
}

/** The bin of a value: the index of the first split point at or above it (values above all go last). */
function binOf(cuts: readonly number[], v: number): number {
  return firstIndex(cuts.length, (i) => cuts[i]! < v);
}

function round6(v: number): number {
  return Number(v.toFixed(6));
}
