/**
 * The whole messaging protocol between the extension's contexts, in one typed module.
 *
 * - popup → content script (`sendToTab`): `cc:page-summary`, `cc:reveal`, `cc:read-article`;
 * - popup / options / content → background (`sendToBackground`): `cc:index-info`, `cc:search`,
 *   and the content script's `cc:check` (the page's texts, checked against the
 *   index off the page's main thread, docs/decisions/009).
 *
 * Requests are zod/mini schemas (the content script imports this file and its bundle budget is
 * small) and every receiver validates what it gets with `parseXRequest`. Replies travel as a
 * `Result<T>` so a failure is data, never an unhandled rejection. Settings changes do not travel
 * as messages: content scripts watch `storage/settings.ts`.
 *
 * We use `@wxt-dev/webextension-polyfill`, so an `onMessage` listener replies by returning a
 * promise (no `sendResponse` / `return true`).
 */
import { browser } from '#imports';
import { z } from 'zod/mini';
import type { SearchResultGroup } from '../core/search/search-facts';
import type { PackedFigures } from './packed-figures';

/** Prefix of every message type, so foreign messages (other extensions, page scripts) are ignored. */
export const MESSAGE_PREFIX = 'cc:';

// ---------------------------------------------------------------------------------------------
// Replies and their shapes

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

const VerdictMini = z.enum(['corroborated', 'conflicting', 'mixed', 'related']);

/** One checked figure of the page, as the popup's tally lists it; `id` is what `cc:reveal` takes. */
export const SummaryFigureSchema = z.object({
  id: z.string(),
  text: z.string(),
  measure: z.string(),
  verdict: VerdictMini,
  reason: z.string(),
});
export type SummaryFigure = z.infer<typeof SummaryFigureSchema>;

/** What the content script found on its page: the tally and each checked figure. */
export const PageSummarySchema = z.object({
  url: z.string(),
  /** How many figures got a verdict (the length of `figures`, before any verdict is hidden). */
  checked: z.number(),
  counts: z.object({
    corroborated: z.number(),
    conflicting: z.number(),
    mixed: z.number(),
    related: z.number(),
  }),
  figures: z.array(SummaryFigureSchema),
  /** Whether Crosscheck is paused on this page (site off, paused everywhere, never-run site). */
  paused: z.optional(z.boolean()),
});
export type PageSummary = z.infer<typeof PageSummarySchema>;

/** Mirror of `PageMetaSchema` in `core/model.ts`, in zod/mini for the content script. */
export const PageMetaMiniSchema = z.object({
  url: z.nullable(z.string()),
  title: z.string(),
  dates: z.array(z.object({ value: z.string(), basis: z.string() })),
  byline: z.nullable(z.string()),
  siteName: z.nullable(z.string()),
});

/** The page's article for "add this page as a source": its text (blocks split by "\n\n") and metadata. */
export const ArticleForSourceSchema = z.object({
  text: z.string(),
  meta: PageMetaMiniSchema,
});
export type ArticleForSource = z.infer<typeof ArticleForSourceSchema>;

/** Counts describing one index (the seed pack, the user's sources, or both merged). */
export const IndexCountsSchema = z.object({
  sources: z.number(),
  facts: z.number(),
  claims: z.number(),
  /** Claims whose sources disagree on the value. */
  conflicts: z.number(),
});
export type IndexCounts = z.infer<typeof IndexCountsSchema>;

/** What the index holds, for the popup and the options page. */
export const IndexInfoSchema = z.object({
  seed: IndexCountsSchema,
  user: IndexCountsSchema,
  /** Seed and user sources merged: what matching and search use. */
  total: IndexCountsSchema,
  /** When the bundled seed index was built (ISO). */
  builtAt: z.string(),
  /** Bumped on every change to the user's sources. */
  revision: z.number(),
  /** Stored data that failed validation and was kept aside, in plain words. */
  problems: z.array(z.string()),
});
export type IndexInfo = z.infer<typeof IndexInfoSchema>;

export type { SearchResultGroup, SearchSourceFact } from '../core/search/search-facts';

/** Most texts one `cc:check` carries (the content script sends an element's text per entry, in batches). */
export const MAX_CHECK_TEXTS = 64;
/** Longest page opening a `cc:check` carries: the content script reads its view from 12,000 characters. */
export const MAX_OPENING_CHARS = 20_000;

// ---------------------------------------------------------------------------------------------
// Requests

/** popup → content script. */
export const ContentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('cc:page-summary') }),
  z.object({ type: z.literal('cc:reveal'), id: z.string() }),
  z.object({ type: z.literal('cc:read-article') }),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/** What each content request replies with. */
export interface ContentReplies {
  'cc:page-summary': PageSummary;
  /** True when the mark was found and its card opened. */
  'cc:reveal': boolean;
  'cc:read-article': ArticleForSource;
}

/** popup / options / content → background. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('cc:index-info') }),
  z.object({
    type: z.literal('cc:search'),
    query: z.string().check(z.maxLength(500)),
    limit: z.optional(z.number()),
  }),
  z.object({
    type: z.literal('cc:check'),
    /** The page's metadata, and its opening: together, the page as a whole (its view). */
    meta: PageMetaMiniSchema,
    opening: z.string().check(z.maxLength(MAX_OPENING_CHARS)),
    /** Texts of the page (blocks joined by "\n\n"), each checked as part of the page's view. */
    texts: z.array(z.string()).check(z.maxLength(MAX_CHECK_TEXTS)),
  }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

/** What each background request replies with. */
export interface BackgroundReplies {
  'cc:index-info': IndexInfo;
  'cc:search': SearchResultGroup[];
  /** For each text, its checked figures in order, with offsets into that text (`packed-figures.ts`). */
  'cc:check': PackedFigures;
}

type ContentType = ContentRequest['type'];
type BackgroundType = BackgroundRequest['type'];

/** Validates a message a content script received; null when it is not ours or malformed. */
export function parseContentRequest(raw: unknown): ContentRequest | null {
  const r = ContentRequestSchema.safeParse(raw);
  return r.success ? r.data : null;
}

/** Validates a message the background received; null when it is not ours or malformed. */
export function parseBackgroundRequest(raw: unknown): BackgroundRequest | null {
  const r = BackgroundRequestSchema.safeParse(raw);
  return r.success ? r.data : null;
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

/** Handlers by request type, each given its validated request. */
export type ContentHandlers = {
  [K in ContentType]: (req: Extract<ContentRequest, { type: K }>) => Promise<ContentReplies[K]> | ContentReplies[K];
};
export type BackgroundHandlers = {
  [K in BackgroundType]: (
    req: Extract<BackgroundRequest, { type: K }>,
  ) => Promise<BackgroundReplies[K]> | BackgroundReplies[K];
};

/**
 * Makes an `onMessage` listener out of a handler map: validates the message, runs the handler,
 * and replies with a `Result`. Messages that are not ours get `undefined` (no reply), so other
 * listeners can answer them.
 */
export function createContentListener(
  handlers: ContentHandlers,
): (raw: unknown) => Promise<Result<unknown>> | undefined {
  return (raw) => {
    if (!isOurMessage(raw)) return undefined;
    const req = parseContentRequest(raw);
    if (!req) return Promise.resolve(fail(`malformed message ${raw.type}`));
    const handler = handlers[req.type] as (r: ContentRequest) => unknown;
    return run(() => handler(req));
  };
}

/** The background's counterpart of `createContentListener`. */
export function createBackgroundListener(
  handlers: BackgroundHandlers,
): (raw: unknown) => Promise<Result<unknown>> | undefined {
  return (raw) => {
    if (!isOurMessage(raw)) return undefined;
    const req = parseBackgroundRequest(raw);
    if (!req) return Promise.resolve(fail(`malformed message ${raw.type}`));
    const handler = handlers[req.type] as (r: BackgroundRequest) => unknown;
    return run(() => handler(req));
  };
}

async function run(fn: () => unknown): Promise<Result<unknown>> {
  try {
    return ok(await fn());
  } catch (err) {
    return fail(err);
  }
}

function asResult<T>(reply: unknown): Result<T> {
  if (typeof reply === 'object' && reply !== null && typeof (reply as { ok?: unknown }).ok === 'boolean') {
    return reply as Result<T>;
  }
  return fail('no reply (is Crosscheck running on this page?)');
}

/**
 * Sends a request to the content script of a tab. Never throws: a tab without our content script
 * (a browser page, a never-run site, a page still loading) gives `{ ok: false, error }`.
 */
export async function sendToTab<R extends ContentRequest>(
  tabId: number,
  req: R,
): Promise<Result<ContentReplies[R['type']]>> {
  try {
    return asResult(await browser.tabs.sendMessage(tabId, req));
  } catch (err) {
    return fail(err);
  }
}

/** Sends a request to the background. Never throws. */
export async function sendToBackground<R extends BackgroundRequest>(
  req: R,
): Promise<Result<BackgroundReplies[R['type']]>> {
  try {
    return asResult(await browser.runtime.sendMessage(req));
  } catch (err) {
    return fail(err);
  }
}
