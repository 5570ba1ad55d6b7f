/**
 * How the content script talks to the rest of the extension without the webextension polyfill:
 * the few extension APIs it uses, which Chrome (`chrome`) and Firefox (`browser`) both offer with
 * promises, and a typed send to the background. The polyfill's namespace copy and WXT's storage
 * wrapper were a fifth of what the second stage cost a page before it marked anything
 * (docs/decisions/010). Types only from `protocol.ts`: no schema travels into the page.
 */
import { sendRequest, type Result } from './basics';
import type { BackgroundReplies, BackgroundRequest } from './protocol';

/** A `storage.onChanged` listener. */
export type StorageChangeListener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => void;

/** The extension APIs the content script's stages use. */
export interface ContentApi {
  runtime: {
    /** Undefined once the extension was reloaded or removed (this script is then an orphan). */
    readonly id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean | undefined): void;
    };
  };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: { addListener(listener: StorageChangeListener): void; removeListener(listener: StorageChangeListener): void };
  };
}

/** The extension APIs of this content script's world: Firefox's `browser`, else Chrome's `chrome`. */
export function contentApi(): ContentApi {
  const g = globalThis as { browser?: ContentApi; chrome?: ContentApi };
  return g.browser?.runtime?.getURL ? g.browser : (g.chrome as ContentApi);
}

/** Sends a request to the background. Never throws: an orphaned script gets `{ ok: false }`. */
export function sendFromContent<R extends BackgroundRequest>(api: ContentApi, req: R): Promise<Result<BackgroundReplies[R['type']]>> {
  return sendRequest((m) => api.runtime.sendMessage(m), req);
}
