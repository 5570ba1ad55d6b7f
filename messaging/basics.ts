/**
 * The parts of the messaging protocol that need no schema library: the `Result` every reply
 * travels as, the test for "one of ours", and the limits of a `cc:check`. The content script
 * imports these (and `content-requests.ts`) instead of `protocol.ts`, whose schemas it does not
 * use (docs/decisions/010); `protocol.ts` re-exports them.
 */

/** Prefix of every message type, so foreign messages (other extensions, page scripts) are ignored. */
export const MESSAGE_PREFIX = 'cc:';

/** Most texts one `cc:check` carries (a full run sends one text per batch, a re-check one per changed block; batches are cut by characters). */
export const MAX_CHECK_TEXTS = 1_000;
/** Longest page opening a `cc:check` carries: the content script reads its view from 12,000 characters. */
export const MAX_OPENING_CHARS = 20_000;
/** Longest name of a page's view a `cc:check` carries (the content script makes one per run). */
export const MAX_VIEW_KEY_CHARS = 64;

/** A reply: the value, or a readable error. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Builds a successful `Result`. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failed `Result` from an error or a message. */
export function fail<T = never>(error: unknown): Result<T> {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

/** Whether an unknown message claims to be one of ours (so a malformed one gets an error reply). */
export function isOurMessage(raw: unknown): raw is { type: string } {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    typeof (raw as { type?: unknown }).type === 'string' &&
    (raw as { type: string }).type.startsWith(MESSAGE_PREFIX)
  );
}

/** A reply as received: a `Result`, or a failed one when the other side sent nothing usable. */
export function asResult<T>(reply: unknown): Result<T> {
  if (typeof reply === 'object' && reply !== null && typeof (reply as { ok?: unknown }).ok === 'boolean') {
    return reply as Result<T>;
  }
  return fail('no reply (is Crosscheck running on this page?)');
}

/** Runs a handler and wraps what it gives (or throws) in a `Result`. */
export async function runHandler(fn: () => unknown): Promise<Result<unknown>> {
  try {
    return ok(await fn());
  } catch (err) {
    return fail(err);
  }
}

/**
 * The one send of every context: `req` through `send` (the polyfill's `runtime.sendMessage` or
 * `tabs.sendMessage` in the popup, options and background; the raw API in the content script,
 * docs/decisions/010), the reply as a `Result`. Never throws.
 */
export async function sendRequest<T>(send: (req: unknown) => Promise<unknown>, req: unknown): Promise<Result<T>> {
  try {
    return asResult<T>(await send(req));
  } catch (err) {
    return fail(err);
  }
}

/**
 * The content script's second stage (`content-main.js`): imported by the first stage, injected
 * into a tab by {@link sendOrInject}'s callers (docs/decisions/008 and 032).
 */
export const MAIN_FILE = '/content-main.js';

/**
 * A request to a tab's content script that may find no listener there: the first stage listens
 * for nothing, so a page the subject gate passed over has none (docs/decisions/032). When `send`
 * throws (no receiving end), the second stage is injected into the tab with `injectMain` and the
 * request is sent once more. When the injection fails too (a browser page, a tab the reader did
 * not open the popup on), the first failure is the reply. Never throws.
 */
export async function sendOrInject<T>(send: (req: unknown) => Promise<unknown>, injectMain: () => Promise<unknown>, req: unknown): Promise<Result<T>> {
  try {
    return asResult<T>(await send(req));
  } catch (err) {
    try {
      await injectMain();
    } catch {
      return fail(err);
    }
    return sendRequest<T>(send, req);
  }
}

/**
 * The one way a raw `onMessage` listener answers later: `answer` gives a promise of the reply
 * (undefined: not ours, no reply), sent with `sendResponse` — Chrome's callback API needs it and
 * `true` returned; the polyfill's listeners return the promise instead. A rejection is replied as
 * a failed `Result`.
 */
export function answerLater(
  answer: (message: unknown) => Promise<unknown> | undefined,
): (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => true | undefined {
  return (message, _sender, sendResponse) => {
    const reply = answer(message);
    if (!reply) return undefined;
    reply.then(sendResponse, (err: unknown) => sendResponse({ ok: false, error: String(err) }));
    return true; // the reply comes later
  };
}
