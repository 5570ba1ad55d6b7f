// @vitest-environment happy-dom
/**
 * The content script's reading of long pages in batches (content/run-check.ts), which
 * loses no text, and its grouped writes of marks (content/mark-writer.ts). (Content-
 * script helpers without a component live here with the card's tests.)
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HOLD_MS, MarkWriter, type MarkJob } from '../../content/mark-writer';
import { PageLife } from '../../content/page-life';
import { READ_STEP_NODES, readBatch } from '../../content/run-check';
import type { MarkSpec } from '../../page/highlighter';
import { ArticleReader, readArticle } from '../../page/read-article';

/** An article of `n` paragraphs of 40 characters (with markup inside), and an aside. */
function longArticle(n: number): Element {
  const ps = Array.from({ length: n }, (_, i) => `<p>Paragraph ${String(i).padStart(5, '0')} <b>has</b> some text.</p>`);
  ps.splice(3, 0, '<aside>Related: 99 other stories</aside>');
  document.body.innerHTML = `<article>${ps.join('')}</article>`;
  return document.querySelector('article')!;
}

describe('readBatch', () => {
  test('reads in steps into batches of at least the characters asked, cut at block ends, that join into the article', async () => {
    const root = longArticle(300);
    const reader = new ArticleReader(document, root);
    const step = vi.spyOn(reader, 'step');
    let pauses = 0;
    const pause = async (): Promise<boolean> => (pauses++, true);
    const batches: string[] = [];
    for (let first = true; !reader.done; first = false) {
      const batch = await readBatch(reader, first ? 500 : 2_000, pause);
      batches.push(batch!.text);
    }
    expect(batches.join('\n\n')).toBe(readArticle(document, root).text);
    expect(batches[0]!.length).toBeGreaterThanOrEqual(500);
    expect(batches[0]!.length).toBeLessThan(2_000);
    for (const b of batches.slice(1, -1)) expect(b.length).toBeGreaterThanOrEqual(2_000);
    // Every batch starts with a paragraph and ends with one: no paragraph is cut in two.
    for (const b of batches) expect(b).toMatch(/^Paragraph \d{5} has some text\.[\s\S]*\.$/);
    expect(batches.join('')).not.toContain('Related');
    // The page is given its thread back (when the slice is spent) before each step of the walk,
    // and a step reads at most READ_STEP_NODES nodes: 300 paragraphs of four nodes take at least 5.
    expect(pauses).toBe(step.mock.calls.length);
    expect(step.mock.calls.every(([n]) => n === READ_STEP_NODES)).toBe(true);
    expect(pauses).toBeGreaterThanOrEqual(Math.ceil((300 * 4 + 3) / READ_STEP_NODES));
  });

  test('gives null, and reads no further, once the run is superseded', async () => {
    const reader = new ArticleReader(document, longArticle(300));
    let allowed = 2;
    expect(await readBatch(reader, 100_000, async () => allowed-- > 0)).toBeNull();
    expect(reader.done).toBe(false);
    expect(reader.pendingChars).toBeGreaterThan(0);
  });
});

describe('MarkWriter', () => {
  beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => void vi.useRealTimers());

  const spec = (start: number): MarkSpec => ({ id: `m${start}`, start, end: start + 1, verdict: 'related', figure: 'x', label: 'x' });
  const job = (n: number, generation = 1): MarkJob => ({
    plan: {
      segments: null,
      figures: Array.from({ length: n }, (_, i) => ({ spec: spec(i), pieces: [], kind: 'button' as const })),
      next: 0,
      tail: null,
      replacements: new Map(),
    },
    generation,
  });

  /** A writer whose writes are recorded: each write, the number of marks placed in it. */
  function recorded(placeMs = 0): { writer: MarkWriter; writes: number[] } {
    const writes: number[] = [];
    const writer = new MarkWriter(new PageLife({ id: 'ext' }), {
      write: (placeAll) => {
        writes.push(0);
        placeAll();
      },
      place: (job, count) => {
        const placed = Math.min(count, job.plan.figures.length - job.plan.next);
        job.plan.next += placed;
        writes[writes.length - 1]! += placed;
        vi.advanceTimersByTime(placeMs); // the time placing takes
      },
    });
    return { writer, writes };
  }

  test('writes the first reply at once, then holds the later replies while they come, for up to HOLD_MS', () => {
    const { writer, writes } = recorded();
    writer.add(job(3));
    vi.advanceTimersByTime(0);
    expect(writes).toEqual([3]);
    writer.add(job(5));
    vi.advanceTimersByTime(HOLD_MS / 2);
    writer.add(job(7));
    expect(writes).toEqual([3]);
    vi.advanceTimersByTime(HOLD_MS / 2 - 1);
    expect(writes).toEqual([3]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual([3, 12]);
  });

  test('a write runs in tasks of at most WRITE_BUDGET_MS, chained up to WRITE_GROUP_MS; the rest waits for the next write', () => {
    const { writer, writes } = recorded(8);
    writer.add(job(1_000));
    vi.advanceTimersByTime(0);
    // 50 marks per look at the clock, 8 ms each: a task stops after 150 (24 ms spent, over the
    // 20 ms budget), and the write after its fourth task (96 ms spent).
    expect(writes).toEqual([150, 150, 150, 150]);
    vi.advanceTimersByTime(HOLD_MS - 1);
    expect(writes).toEqual([150, 150, 150, 150]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual([150, 150, 150, 150, 150, 150, 100]);
  });

  test('finish writes the rest one frame after the last write, and resolves when all is written', async () => {
    const { writer, writes } = recorded();
    writer.add(job(1));
    vi.advanceTimersByTime(0);
    writer.add(job(2));
    let done = false;
    void writer.finish().then(() => (done = true));
    vi.advanceTimersByTime(25);
    expect(writes).toEqual([1, 2]);
    await Promise.resolve();
    expect(done).toBe(true);
  });

  test('while replies come, a backlog of several writes waits for the hold; once the last is in, it is written one frame apart', () => {
    const { writer, writes } = recorded(8);
    writer.add(job(1));
    vi.advanceTimersByTime(0);
    expect(writes).toEqual([1]);
    // 1,000 marks of 8 ms per 50: more than two whole writes' worth, still held.
    writer.add(job(500));
    writer.add(job(500));
    vi.advanceTimersByTime(HOLD_MS / 2);
    expect(writes).toEqual([1]);
    void writer.finish();
    vi.advanceTimersByTime(0);
    expect(writes).toEqual([1, 150, 150, 150, 150]);
    vi.advanceTimersByTime(20);
    expect(writes).toEqual([1, 150, 150, 150, 150, 150, 150, 100]);
  });

  test('clear drops what is queued and releases finish', async () => {
    const { writer, writes } = recorded();
    writer.add(job(1));
    vi.advanceTimersByTime(0);
    writer.add(job(4));
    const finished = writer.finish();
    writer.clear();
    await finished;
    vi.advanceTimersByTime(HOLD_MS * 2);
    expect(writes).toEqual([1]);
  });
});
