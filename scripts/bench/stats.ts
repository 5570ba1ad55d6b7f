/**
 * Small statistics for the benchmarks: medians over rounds, ratios of medians, and the
 * interleaving helper that runs competing variants alternately so a noisy machine (shared, two
 * cores) disturbs them alike.
 */

/** The median of a list of numbers (NaN for none). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The p-th percentile (0–100), nearest rank. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** Rounds for display: 3 significant digits below 10, one decimal below 100, else integers. */
export function fmt(x: number, unit = ''): string {
  if (!Number.isFinite(x)) return '–';
  const v = Math.abs(x) < 10 ? x.toPrecision(3) : Math.abs(x) < 100 ? x.toFixed(1) : Math.round(x).toString();
  return unit ? `${v} ${unit}` : v;
}

/**
 * Runs `variants` for `rounds` rounds, alternating their order every round (ABAB…, then BABA…),
 * and returns each variant's samples. Each call of a variant returns one sample (or several).
 */
export async function alternate<K extends string>(
  rounds: number,
  variants: Record<K, () => Promise<number | number[]> | number | number[]>,
): Promise<Record<K, number[]>> {
  const keys = Object.keys(variants) as K[];
  const out = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? keys : [...keys].reverse();
    for (const k of order) {
      const v = await variants[k]();
      out[k].push(...(Array.isArray(v) ? v : [v]));
    }
  }
  return out;
}

/** A result with its target: `ok` is null when there is no target. */
export interface Measured {
  value: number;
  unit: string;
  target?: string;
  ok?: boolean | null;
  note?: string;
}
