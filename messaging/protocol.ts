/**
 * The whole messaging protocol between the extension's contexts, in one typed module.
 *
 * - popup → content script (`sendToTab`): `cc:page-summary`, `cc:reveal`, `cc:read-article`;
 * - popup / options / content → background (`sendToBackground`): `cc:index-info`, `cc:search`,
 *   and the content script's `cc:check` (the page's texts, checked against the index off the
 *   page's main thread, docs/decisions/009), `cc:page-settings` (the settings as that page sees
 *   them), `cc:wrong-match` (a figure to hide on its page) and `cc:unhide` (its "Undo"):
 *   docs/decisions/010 and 014.
 *
 * Requests are zod/mini schemas and every receiver validates what it gets with `parseXRequest`.
 * Replies travel as a `Result<T>` so a failure is data, never an unhandled rejection. The content
 * script does not import this module: it takes the zod-free basics from `basics.ts`, the popup's
 * requests from `content-requests.ts` and sends with `content-transport.ts`; everything is
 * re-exported here.
 *
 * We use `@wxt-dev/webextension-polyfill`, so an `onMessage` listener replies by returning a
 * promise (no `sendResponse` / `return true`).
 */
import { browser } from '#imports';
import { z } from 'zod/mini';
import { PageMetaSchema } from '../core/page-meta';
import type { SearchResultGroup } from '../core/search/search-facts';
import type { PageSettings } from '../storage/sites';
import { fail, isOurMessage, MAIN_FILE, MAX_CHECK_TEXTS, MAX_OPENING_CHARS, MAX_VIEW_KEY_CHARS, runHandler, sendOrInject, sendRequest, type Result } from './basics';
import type { ContentReplies, ContentRequest } from './content-requests';
import type { PackedFigures } from './packed-figures';

export { answerLater, asResult, fail, isOurMessage, MAX_CHECK_TEXTS, MAX_OPENING_CHARS, MAX_VIEW_KEY_CHARS, MESSAGE_PREFIX, ok, sendOrInject, sendRequest, type Result } from './basics';
export { ContentRequestSchema, parseContentRequest, type ContentReplies, type ContentRequest } from './content-requests';
export { createContentListener, type ContentHandlers, type ContentRequestParser } from './content-listener';
export { ArticleForSourceSchema, PageSummarySchema, SummaryFigureSchema, type ArticleForSource, type PageSummary, type SummaryFigure } from './content-replies';
export type { PageSettings } from '../storage/sites';

// ---------------------------------------------------------------------------------------------
// Replies and their shapes

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

// ---------------------------------------------------------------------------------------------
// Requests

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
    meta: PageMetaSchema,
    /**
     * The content script's name for this view: the opening travels with the first request of a
     * run only, later ones name the view by this key (the reply is null when the background no
     * longer knows it, and the request is sent again with the opening).
     */
    view: z.string().check(z.maxLength(MAX_VIEW_KEY_CHARS)),
    opening: z.optional(z.string().check(z.maxLength(MAX_OPENING_CHARS))),
    /** Texts of the page (blocks joined by "\n\n"), each checked as part of the page's view. */
    texts: z.array(z.string()).check(z.maxLength(MAX_CHECK_TEXTS)),
  }),
  /** The settings as the page on `host` sees them (the content script reads no settings itself). */
  z.object({ type: z.literal('cc:page-settings'), host: z.string().check(z.maxLength(300)) }),
  /** "Wrong match" on a card: hide this figure on this page (`storage/hidden-matches.ts`). */
  z.object({
    type: z.literal('cc:wrong-match'),
    /** The page's address (its canonical form is stored). */
    url: z.string().check(z.maxLength(2000)),
    text: z.string().check(z.minLength(1), z.maxLength(200)),
    measureKey: z.string().check(z.maxLength(200)),
    measure: z.string().check(z.maxLength(200)),
    context: z.string().check(z.maxLength(400)),
  }),
  /** "Undo" after a wrong match: show the figure again (`key` is what `cc:wrong-match` replied). */
  z.object({ type: z.literal('cc:unhide'), key: z.string().check(z.maxLength(4000)) }),
  /** What the sending tab's page checked, for its toolbar badge (`badge.ts`). */
  z.object({
    type: z.literal('cc:badge'),
    checked: z.number().check(z.int(), z.gte(0)),
    counts: z.object({
      corroborated: z.number().check(z.int(), z.gte(0)),
      conflicting: z.number().check(z.int(), z.gte(0)),
      mixed: z.number().check(z.int(), z.gte(0)),
      related: z.number().check(z.int(), z.gte(0)),
    }),
    paused: z.boolean(),
  }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

/** What each background request replies with. */
export interface BackgroundReplies {
  'cc:index-info': IndexInfo;
  'cc:search': SearchResultGroup[];
  /**
   * For each text, its checked figures in order, with offsets into that text (`packed-figures.ts`);
   * null when the request named a view the background does not know (no opening was sent with it).
   */
  'cc:check': PackedFigures | null;
  'cc:page-settings': PageSettings;
  /** The stored report's key (`hiddenMatchKey`), for "Undo". */
  'cc:wrong-match': string;
  /** True once the report is gone. */
  'cc:unhide': boolean;
  /** True once the badge is set (false when the message came from no tab). */
  'cc:badge': boolean;
}

type BackgroundType = BackgroundRequest['type'];

/** Validates a message the background received; null when it is not ours or malformed. */
export function parseBackgroundRequest(raw: unknown): BackgroundRequest | null {
  const r = BackgroundRequestSchema.safeParse(raw);
  return r.success ? r.data : null;
}

/** Who sent a message: a content script's tab and frame (absent for the extension's own pages). */
export interface MessageSender {
  tab?: { id?: number };
  frameId?: number;
}

/** Handlers by background request type, each given its validated request and its sender. */
export type BackgroundHandlers = {
  [K in BackgroundType]: (
    req: Extract<BackgroundRequest, { type: K }>,
    sender?: MessageSender,
  ) => Promise<BackgroundReplies[K]> | BackgroundReplies[K];
};

/** The background's counterpart of `createContentListener`. */
export function createBackgroundListener(
  handlers: BackgroundHandlers,
): (raw: unknown, sender?: MessageSender) => Promise<Result<unknown>> | undefined {
  return (raw, sender = {}) => {
    if (!isOurMessage(raw)) return undefined;
    const req = parseBackgroundRequest(raw);
    if (!req) return Promise.resolve(fail(`malformed message ${raw.type}`));
    const handler = handlers[req.type] as (r: BackgroundRequest, s: MessageSender) => unknown;
    return runHandler(() => handler(req, sender));
  };
}

/**
 * Sends a request to the content script of a tab, injecting its second stage first where nothing
 * listens (a page the subject gate passed over): the popup, a context-menu click and a keyboard
 * command each grant `activeTab` on the tab they speak about (docs/decisions/032). Never throws:
 * a tab where no content script can run (a browser page, a page still loading) gives
 * `{ ok: false, error }`.
 */
export function sendToTab<R extends ContentRequest>(
  tabId: number,
  req: R,
): Promise<Result<ContentReplies[R['type']]>> {
  return sendOrInject(
    (m) => browser.tabs.sendMessage(tabId, m),
    () => browser.scripting.executeScript({ target: { tabId }, files: [MAIN_FILE] }),
    req,
  );
}

/** Sends a request to the background. Never throws. */
export function sendToBackground<R extends BackgroundRequest>(
  req: R,
): Promise<Result<BackgroundReplies[R['type']]>> {
  return sendRequest((m) => browser.runtime.sendMessage(m), req);
}
