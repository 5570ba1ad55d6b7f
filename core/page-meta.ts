/**
 * What the DOM reader (or the HTML parser in node) found in a page's markup, as plain strings:
 * the input of `resolvePageContext`. Date candidates are in the order they were found; each
 * names where it came from so the card can say why the page was dated. zod/mini, so the
 * messages and the stored draft that carry it (`messaging/protocol.ts`, `storage/draft-source.ts`)
 * stay small; defined once, here.
 */
import { z } from 'zod/mini';

/** A page's metadata as read from its markup. */
export const PageMetaSchema = z.object({
  url: z.nullable(z.string()),
  title: z.string(),
  /** Raw date strings with where each came from: "article:published_time", "JSON-LD datePublished", "time[datetime]", "meta[name=date]", "byline". */
  dates: z.array(z.object({ value: z.string(), basis: z.string() })),
  /** The byline text, if any ("By Jane Doe, Moscow · 20 May 2026"). */
  byline: z.nullable(z.string()),
  /** The site's name (og:site_name), if any. */
  siteName: z.nullable(z.string()),
});
export type PageMeta = z.infer<typeof PageMetaSchema>;
