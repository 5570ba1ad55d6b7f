/**
 * Importing a pack from the options page (docs/decisions/020): a file over the size limit is
 * refused before it is read; the rest is parsed and checked in a worker (`pack-worker.ts`), so
 * the page stays responsive whatever the file holds; what passes is stored in one write, after
 * checking there is room (`importEntries`). All or nothing, as before.
 */
import { fileProblem, megabytes, PACK_MAX_BYTES, type PackCheck } from '../../storage/pack-format';
import { importEntries, type ImportResult } from '../../storage/import-sources';
import type { PackWorkerMessage } from './pack-worker';

/** Checks `file` in a worker; `onProgress` hears how many sources are checked. */
export function checkInWorker(file: File, onProgress: (checked: number, total: number) => void): Promise<PackCheck> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./pack-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<PackWorkerMessage>) => {
      if (e.data.type === 'progress') onProgress(e.data.checked, e.data.total);
      else {
        worker.terminate();
        resolve(e.data.result);
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      resolve(fileProblem(`the pack could not be checked (${e.message})`));
    };
    worker.postMessage(file);
  });
}

/** Imports a pack file: refused when too big, checked off the main thread, stored all or nothing. */
export async function importPackFile(file: File, reserved: ReadonlySet<string>, onProgress: (checked: number, total: number) => void): Promise<ImportResult> {
  if (file.size > PACK_MAX_BYTES) {
    return fileProblem(`the file is ${megabytes(file.size)}; packs of up to ${megabytes(PACK_MAX_BYTES)} can be imported`);
  }
  const checked = await checkInWorker(file, onProgress);
  if (!checked.ok) return checked;
  return importEntries(checked.entries, reserved);
}
