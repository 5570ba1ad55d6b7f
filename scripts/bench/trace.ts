/**
 * Chromium traces for the content-script benchmarks: records a trace over CDP (timeline, V8
 * execution and the V8 CPU sampler, all on one clock), and attributes main-thread time to the
 * extension's content script. A sample counts as Crosscheck's when any frame of its stack comes
 * from the extension's origin, so DOM calls the script makes (splitText, insertBefore…) count
 * too; the script's evaluation (compile and top-level run) counts from its EvaluateScript event.
 */
import type { CDPSession } from 'playwright-core';

/** One trace event (the parts read here). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: { data?: Record<string, unknown> } & Record<string, unknown>;
}

// No 'toplevel': DevTools' RunTask (devtools.timeline) is the task we need, and toplevel's mojo
// events would fill the trace buffer on the huge page.
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

/** What a stopped trace gives: its events, and whether Chromium dropped some (buffer full). */
export type TraceEvents = TraceEvent[] & { dataLoss?: boolean };

/** Starts tracing on a page's CDP session; the returned function stops it and gives the events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvents>> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }): void => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const done = new Promise<boolean>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(!!e.dataLossOccurred)));
    await cdp.send('Tracing.end');
    const dataLoss = await done;
    cdp.off('Tracing.dataCollected', onData);
    return Object.assign(events, { dataLoss });
  };
}

/** What the content script cost the page's main thread, from one trace. */
export interface ScriptCost {
  /** Script evaluation (compile + top-level run) of the content script, ms. */
  evaluateMs: number;
  /** Sampled time with a content-script frame on the stack, outside its evaluation, ms. */
  runMs: number;
  /** evaluateMs + runMs. */
  totalMs: number;
  /** Main-thread tasks in which the content script ran. */
  tasks: number;
  /** The longest such task, whole (everything the task did), ms. */
  longestTaskMs: number;
  /** The most content-script time inside one task, ms. */
  longestScriptSliceMs: number;
  /** Tasks with content-script work that ran over 50 ms. */
  tasksOver50: number;
  /** The longest task of any kind between the script's first and last activity, ms. */
  longestTaskInWindowMs: number;
  /** Tasks of any kind over 50 ms in that window. */
  tasksOver50InWindow: number;
  /** First and last content-script activity (trace clock, µs). */
  window: [number, number] | null;
  /** The trace timestamp (µs) of the page's `console.timeStamp(SYNC_LABEL)`, if any. */
  syncTs: number | null;
  /** Mean sampling interval, µs. */
  sampleUs: number;
  /** Chromium dropped trace data (the numbers undercount): such rounds are left out of medians. */
  dataLoss: boolean;
}

/** Trace events that compile or run a script of the extension as a whole (not nested in one another). */
const EVALUATION_EVENTS = new Set(['EvaluateScript', 'v8.compileModule', 'v8.evaluateModule']);

/** Label the page's init script stamps into the trace to align page time with trace time. */
export const SYNC_LABEL = 'cc-bench-sync';

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName: string };
}

/** Attributes the main-thread time of the page's renderer to the script at `scriptPrefix`. */
export function scriptCost(events: TraceEvents, scriptPrefix: string): ScriptCost {
  // The classic script's evaluation, and modules it imports later (compiled and run on this thread).
  const evals = events.filter(
    (e) => EVALUATION_EVENTS.has(e.name) && e.ph === 'X' && String(e.args?.data?.url ?? '').startsWith(scriptPrefix),
  );
  const syncEvent = events.find((e) => e.name === 'TimeStamp' && (e.args?.data as { message?: string })?.message === SYNC_LABEL);
  // The page's main thread: where the content script was evaluated (else where the stamp was made).
  const anchor = [...evals].sort((a, b) => a.ts - b.ts)[0] ?? syncEvent;
  const empty: ScriptCost = {
    evaluateMs: 0, runMs: 0, totalMs: 0, tasks: 0, longestTaskMs: 0, longestScriptSliceMs: 0, tasksOver50: 0,
    longestTaskInWindowMs: 0, tasksOver50InWindow: 0, window: null, syncTs: syncEvent?.ts ?? null, sampleUs: 0, dataLoss: !!events.dataLoss,
  };
  if (!anchor) return empty;
  const { pid, tid } = anchor;

  // CPU samples of that thread: the Profile event (on the thread) names the id its chunks carry.
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  const nodes = new Map<number, ProfileNode>();
  const stamps: number[] = [];
  const sampleNodes: number[] = [];
  if (profile) {
    let t = Number((profile.args?.data as { startTime?: number })?.startTime ?? profile.ts);
    const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id).sort((a, b) => a.ts - b.ts);
    for (const c of chunks) {
      const data = c.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
      for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      const samples = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i++) {
        t += deltas[i] ?? 0;
        stamps.push(t);
        sampleNodes.push(samples[i]!);
      }
    }
  }
  const isScript = new Map<number, boolean>();
  const fromScript = (id: number): boolean => {
    const known = isScript.get(id);
    if (known !== undefined) return known;
    const n = nodes.get(id);
    const v = !!n && ((n.callFrame.url ?? '').startsWith(scriptPrefix) || (n.parent !== undefined && fromScript(n.parent)));
    isScript.set(id, v);
    return v;
  };
  const inEval = (t: number): boolean => evals.some((e) => t >= e.ts && t <= e.ts + (e.dur ?? 0));
  // Each sample stands for the time until the next one.
  const slices: Array<[number, number]> = [];
  for (let i = 0; i + 1 < stamps.length; i++) {
    if (!fromScript(sampleNodes[i]!) || inEval(stamps[i]!)) continue;
    slices.push([stamps[i]!, stamps[i + 1]! - stamps[i]!]);
  }
  for (const e of evals) slices.push([e.ts, e.dur ?? 0]);
  slices.sort((a, b) => a[0] - b[0]);

  // Tasks as DevTools shows them: top-level RunTask events (microtask checkpoints included).
  const tasks: TraceEvent[] = [];
  let until = -1;
  for (const e of events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && e.name === 'RunTask' && e.cat.includes('devtools.timeline'))
    .sort((a, b) => a.ts - b.ts)) {
    if (e.ts < until) continue; // nested
    tasks.push(e);
    until = e.ts + (e.dur ?? 0);
  }
  let longestTaskMs = 0;
  let longestScriptSliceMs = 0;
  let tasksOver50 = 0;
  let taskCount = 0;
  let k = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    while (k < slices.length && slices[k]![0] < task.ts) k++;
    let inside = 0;
    for (let j = k; j < slices.length && slices[j]![0] <= end; j++) inside += slices[j]![1];
    inside = Math.min(inside, task.dur ?? 0);
    if (inside === 0) continue;
    taskCount++;
    longestTaskMs = Math.max(longestTaskMs, (task.dur ?? 0) / 1000);
    longestScriptSliceMs = Math.max(longestScriptSliceMs, inside / 1000);
    if ((task.dur ?? 0) > 50_000) tasksOver50++;
  }
  // Every task in Crosscheck's window, whoever ran it (style and layout after marks count here).
  const last = slices[slices.length - 1];
  const window: [number, number] | null = slices.length ? [slices[0]![0], last![0] + last![1]] : null;
  let longestTaskInWindowMs = 0;
  let tasksOver50InWindow = 0;
  if (window) {
    for (const task of tasks) {
      const end = task.ts + (task.dur ?? 0);
      if (end < window[0] || task.ts > window[1]) continue;
      longestTaskInWindowMs = Math.max(longestTaskInWindowMs, (task.dur ?? 0) / 1000);
      if ((task.dur ?? 0) > 50_000) tasksOver50InWindow++;
    }
  }
  const evaluateMs = evals.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
  const runMs = slices.reduce((s, [, d]) => s + d, 0) / 1000 - evaluateMs;
  return {
    evaluateMs,
    runMs,
    totalMs: evaluateMs + runMs,
    tasks: taskCount,
    longestTaskMs,
    longestScriptSliceMs,
    tasksOver50,
    longestTaskInWindowMs,
    tasksOver50InWindow,
    window,
    syncTs: syncEvent?.ts ?? null,
    sampleUs: stamps.length > 1 ? (stamps[stamps.length - 1]! - stamps[0]!) / (stamps.length - 1) : 0,
    dataLoss: !!events.dataLoss,
  };
}

/** One row of a hot-function list. */
export interface HotFunction {
  name: string;
  ms: number;
}

/**
 * Where the content script's sampled time went inside `[from, to]` (trace clock, µs; the whole
 * trace when omitted): by the innermost content-script frame (so a DOM call counts for the
 * script function that made it), and by leaf frame (self time, native functions included).
 */
export function hotFunctions(
  events: TraceEvent[],
  scriptPrefix: string,
  range?: [number, number],
  top = 12,
): { byScriptFrame: HotFunction[]; byLeaf: HotFunction[] } {
  const anchor = events.find((e) => e.name === 'EvaluateScript' && String(e.args?.data?.url ?? '').startsWith(scriptPrefix));
  if (!anchor) return { byScriptFrame: [], byLeaf: [] };
  const profile = events.find((e) => e.name === 'Profile' && e.pid === anchor.pid && e.tid === anchor.tid);
  if (!profile) return { byScriptFrame: [], byLeaf: [] };
  const nodes = new Map<number, ProfileNode & { callFrame: { lineNumber?: number } }>();
  let t = Number((profile.args?.data as { startTime?: number })?.startTime ?? profile.ts);
  const stamps: number[] = [];
  const ids: number[] = [];
  for (const c of events.filter((e) => e.name === 'ProfileChunk' && e.pid === anchor.pid && e.id === profile.id).sort((a, b) => a.ts - b.ts)) {
    const data = c.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = data.cpuProfile?.samples ?? [];
    for (let i = 0; i < samples.length; i++) {
      t += data.timeDeltas?.[i] ?? 0;
      stamps.push(t);
      ids.push(samples[i]!);
    }
  }
  const label = (n: ProfileNode & { callFrame: { lineNumber?: number } }): string => {
    const url = n.callFrame.url ?? '';
    const file = url ? url.slice(url.lastIndexOf('/') + 1) : '';
    return `${n.callFrame.functionName || '(anonymous)'}${file ? ` ${file}:${(n.callFrame.lineNumber ?? 0) + 1}` : ''}`;
  };
  const byScript = new Map<string, number>();
  const byLeaf = new Map<string, number>();
  for (let i = 0; i + 1 < stamps.length; i++) {
    if (range && (stamps[i]! < range[0] || stamps[i]! > range[1])) continue;
    let n = nodes.get(ids[i]!);
    const leaf = n;
    let inner: string | null = null;
    while (n) {
      if ((n.callFrame.url ?? '').startsWith(scriptPrefix)) {
        inner = label(n);
        break;
      }
      n = n.parent !== undefined ? nodes.get(n.parent) : undefined;
    }
    if (!inner || !leaf) continue;
    const d = (stamps[i + 1]! - stamps[i]!) / 1000;
    byScript.set(inner, (byScript.get(inner) ?? 0) + d);
    byLeaf.set(label(leaf), (byLeaf.get(label(leaf)) ?? 0) + d);
  }
  const rank = (m: Map<string, number>): HotFunction[] =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => ({ name, ms: Math.round(ms * 100) / 100 }));
  return { byScriptFrame: rank(byScript), byLeaf: rank(byLeaf) };
}
