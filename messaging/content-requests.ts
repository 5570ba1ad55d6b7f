/**
 * What the popup and the background ask a content script (`cc:page-summary`, `cc:reveal`,
 * `cc:read-article`; the keyboard command's `cc:next-mark`, the context menu's
 * `cc:check-selection`): the
 * schema every request is validated with. The content script's second stage does not carry it:
 * it loads `content-requests.js` (this schema and zod/mini) when the first request arrives, as
 * the popup is rare and zod/mini was a third of the second stage (docs/decisions/010). The
 * listener is `content-listener.ts`; `protocol.ts` re-exports both.
 */
import { z } from 'zod/mini';
import type { ArticleForSource, PageSummary } from './content-replies';

/** popup → content script. */
export const ContentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('cc:page-summary') }),
  z.object({ type: z.literal('cc:reveal'), id: z.string() }),
  z.object({ type: z.literal('cc:read-article') }),
  /** The "next marked figure" command: focus the next mark after the focus or the viewport's top. */
  z.object({ type: z.literal('cc:next-mark') }),
  /** "Check with Crosscheck" on selected text: a card for the figures in the selection. */
  z.object({ type: z.literal('cc:check-selection'), text: z.string().check(z.maxLength(20_000)) }),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/** What each content request replies with. */
export interface ContentReplies {
  'cc:page-summary': PageSummary;
  /** True when the mark was found and its card opened. */
  'cc:reveal': boolean;
  'cc:read-article': ArticleForSource;
  /** The figure now focused, or null when the page has no mark. */
  'cc:next-mark': { figure: string; index: number; total: number } | null;
  /** How many figures of the selection were checked (the card shows them, or says there are none). */
  'cc:check-selection': number;
}

/** Validates a message a content script received; null when it is not ours or malformed. */
export function parseContentRequest(raw: unknown): ContentRequest | null {
  const r = ContentRequestSchema.safeParse(raw);
  return r.success ? r.data : null;
}
