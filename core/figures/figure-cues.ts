/**
 * The wording that sets a figure apart from a reported value: a forecast ("is expected to reach")
 * or a goal ("the $200 billion mark"). The shipped matcher leaves such figures out; the evidence
 * engine weighs them (their `cues`).
 */
import { type Token } from '../text/tokenize';
import type { ScanContext } from './scan-context';

/** Verbs that put an amount below what happened: "exceeded $200 billion" is more than $200 billion. */
export const EXCEED_VERBS = new Set(['exceeded', 'exceeds', 'exceed', 'exceeding', 'surpassed', 'surpasses', 'surpassing', 'topped', 'tops', 'topping', 'passed', 'crossed']);

/** Modal verbs that make what follows a forecast: "should hit", "will reach". */
const MODALS = new Set(['will', 'would', 'should', 'could', 'might', 'may']);

/** Words that make what follows a forecast with a "to" before the amount, or "at": "is expected to", "aims to", "projected at". */
const FORESEEING = new Set(['expected', 'expects', 'expect', 'projected', 'forecast', 'forecasts', 'aims', 'aim', 'plans', 'plan', 'hopes', 'hope', 'predicted', 'predicts', 'set', 'targets', 'target']);

/** Foreseeing words that are their own past participle ("set at", "forecast at"). */
const IRREGULAR_PARTICIPLES = new Set(['set', 'forecast']);

/** How far before an amount its forecast may be written ("is expected to rise to"). */
const FORECAST_REACH = 6;

/** Whether the amount at token `start` is foreseen rather than reported (within its clause). */
export function isForecast(ctx: ScanContext, start: number): boolean {
  const { tokens } = ctx;
  const sentence = ctx.sentenceOf[start];
  // A headline's "Trade to reach $200 billion by 2024" is its future tense.
  if (tokens[start - 2]?.lower === 'to' && /^(reach|hit|top|exceed|surpass|pass|cross)$/.test(tokens[start - 1]?.lower ?? '')) return true;
  for (let k = start - 1; k >= Math.max(0, start - FORECAST_REACH) && ctx.sentenceOf[k] === sentence; k--) {
    const t = tokens[k]!;
    if (t.kind === 'sym' && t.text !== '-' && t.text !== '$') return false;
    if (t.kind !== 'word') continue;
    // "May" the month is no modal.
    if (MODALS.has(t.text)) return true;
    if (FORESEEING.has(t.lower)) {
      // "expect the trade volume to reach": a "to" before the amount. "Projected at", "set at": a
      // participle and "at" state the value foreseen; "aim at" points at a thing ("took aim at
      // the $175bn shield") and foresees nothing.
      if (tokens[k + 1]?.lower === 'at' && (t.lower.endsWith('ed') || IRREGULAR_PARTICIPLES.has(t.lower))) return true;
      for (let j = k + 1; j < start; j++) if (tokens[j]!.lower === 'to') return true;
    }
  }
  return false;
}

/** Words that make a figure a goal or a threshold, not a value: "the $200 billion mark", "a goal of 40". */
const TARGET_WORDS = new Set(['mark', 'level', 'threshold', 'target', 'targets', 'goal', 'goals', 'milestone', 'barrier', 'benchmark', 'aim', 'ceiling']);

/**
 * Whether the figure at tokens [first, end) is a goal or a threshold ("broke the $200 billion
 * mark", "a trade goal of $200 billion", "on pace to hit $200 billion"): nothing that happened,
 * so nothing to check against what did.
 */
export function isTarget(tokens: Token[], first: number, end: number): boolean {
  if (TARGET_WORDS.has(tokens[end]?.lower ?? '')) return true;
  if (tokens[first - 1]?.lower === 'of' && TARGET_WORDS.has(tokens[first - 2]?.lower ?? '')) return true;
  // "on pace to hit", "on track to reach"
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const w = tokens[k]!.lower;
    if ((w === 'pace' || w === 'track') && tokens[k - 1]?.lower === 'on') return true;
    if (tokens[k]!.kind !== 'word') break;
  }
  return false;
}
