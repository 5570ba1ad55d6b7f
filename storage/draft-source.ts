/**
 * The page the reader asked to add as a source, handed from the popup to the options page's
 * review form. Kept in `storage.local` (not `session`, which Firefox MV2 lacks) under one key,
 * replaced by each new "add this page", removed once saved or discarded. zod/mini: the popup
 * imports this and must stay small.
 */
import { storage } from '#imports';
import { z } from 'zod/mini';
import { PageMetaSchema } from '../core/page-meta';

/** What the popup read from the page, waiting for review. */
export const DraftSourceSchema = z.object({
  /** The address of the page, from the content script. */
  url: z.string(),
  text: z.string(),
  meta: PageMetaSchema,
  /** When the page was read (ISO). */
  at: z.string(),
});
export type DraftSource = z.infer<typeof DraftSourceSchema>;

/** Storage key of the draft. */
export const DRAFT_KEY = 'local:draft:source' as const;

/** Keeps the page for review (replacing any earlier draft). */
export async function saveDraft(draft: DraftSource): Promise<void> {
  await storage.setItem(DRAFT_KEY, DraftSourceSchema.parse(draft));
}

/** The draft waiting for review, or null (also when the stored value is unreadable). */
export async function loadDraft(): Promise<DraftSource | null> {
  const r = DraftSourceSchema.safeParse(await storage.getItem(DRAFT_KEY));
  return r.success ? r.data : null;
}

/** Drops the draft once saved or discarded. */
export async function clearDraft(): Promise<void> {
  await storage.removeItem(DRAFT_KEY);
}
