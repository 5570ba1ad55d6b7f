/**
 * The content script's answers to the popup: an `onMessage` listener made of a handler per
 * request type. Validation is handed in (`parse`), so the second stage can load the schema only
 * when a request arrives (`content-requests.ts`, docs/decisions/010).
 */
import { isOurMessage, runHandler, type Result } from './basics';
import type { ContentReplies, ContentRequest } from './content-requests';

type ContentType = ContentRequest['type'];

/** Handlers by request type, each given its validated request. */
export type ContentHandlers = {
  [K in ContentType]: (req: Extract<ContentRequest, { type: K }>) => Promise<ContentReplies[K]> | ContentReplies[K];
};

/** Validates a message: the request, or null when it is malformed. */
export type ContentRequestParser = (raw: unknown) => ContentRequest | null | Promise<ContentRequest | null>;

/**
 * Makes an `onMessage` listener out of a handler map: validates the message with `parse`, runs
 * the handler, and replies with a `Result`. Messages that are not ours get `undefined` (no reply),
 * so other listeners can answer them.
 */
export function createContentListener(
  handlers: ContentHandlers,
  parse: ContentRequestParser,
): (raw: unknown) => Promise<Result<unknown>> | undefined {
  return (raw) => {
    if (!isOurMessage(raw)) return undefined;
    return runHandler(async () => {
      const req = await parse(raw);
      if (!req) throw new Error(`malformed message ${raw.type}`);
      return (handlers[req.type] as (r: ContentRequest) => unknown)(req);
    });
  };
}
