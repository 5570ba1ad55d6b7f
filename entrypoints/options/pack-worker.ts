/**
 * Checks a pack off the options page's main thread (docs/decisions/020): reads the file, parses
 * it and validates every source (`storage/pack-format.ts`), telling the page how far it got. The
 * page stores what passes; a worker has no extension API.
 */
import { checkPack, type PackCheck } from '../../storage/pack-format';

/** What the worker tells the page. */
export type PackWorkerMessage = { type: 'progress'; checked: number; total: number } | { type: 'done'; result: PackCheck };

const scope = self as unknown as { onmessage: ((e: MessageEvent<File>) => void) | null; postMessage(message: PackWorkerMessage): void };

scope.onmessage = (e) => {
  void e.data.text().then(
    (text) => scope.postMessage({ type: 'done', result: checkPack(text, (checked, total) => scope.postMessage({ type: 'progress', checked, total })) }),
    (err: unknown) => scope.postMessage({ type: 'done', result: { ok: false, problems: { file: [`the file could not be read (${String(err)})`], total: 0, bad: 0, shown: [] } } }),
  );
};
