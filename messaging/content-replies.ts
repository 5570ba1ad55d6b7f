/**
 * The shapes of the content script's answers to the popup (`cc:page-summary`, `cc:read-article`),
 * in their own module so the requests (`content-requests.ts`) and the whole protocol
 * (`protocol.ts`, which re-exports them) can both name them without importing each other.
 */
import { z } from 'zod/mini';
import { PageMetaSchema } from '../core/page-meta';

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

/** The page's article for "add this page as a source": its text (blocks split by "\n\n") and metadata. */
export const ArticleForSourceSchema = z.object({
  text: z.string(),
  meta: PageMetaSchema,
});
export type ArticleForSource = z.infer<typeof ArticleForSourceSchema>;
