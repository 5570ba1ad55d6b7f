/** Schema errors in plain words, worded from the issue's code (zod/mini loads no messages of its own). */
import { describe, expect, it } from 'vitest';
import { SourcesManifestSchema } from '../../core/model';
import { formatZodIssues } from '../../core/zod-errors';

describe('schema errors a person reads', () => {
  it('names each bad field of a seeds manifest, what it should be and what it is', () => {
    const bad = [{ file: '', outlet: 'Outlet', title: 'Title', url: 'nope', published: 'May 2026', place: null, reports: 'r' }];
    const r = SourcesManifestSchema.safeParse(bad, { reportInput: true });
    expect(r.success).toBe(false);
    expect(formatZodIssues(r.error!.issues)).toBe(
      '[0].file: should not be empty; [0].url: should be a web address such as https://example.org/article, but is "nope"; ' +
        '[0].published: should be a date like 2026-05-20 or 2026-05 (or null when undated), but is "May 2026"',
    );
  });
  it('says when a list is empty or a field is missing', () => {
    const empty = SourcesManifestSchema.safeParse([], { reportInput: true });
    expect(formatZodIssues(empty.error!.issues)).toBe('(top level): should have at least 1 item(s)');
    const missing = SourcesManifestSchema.safeParse([{ file: 'a.txt', outlet: 'O', title: 'T', url: 'https://x.org/', published: null, place: null }], { reportInput: true });
    expect(formatZodIssues(missing.error!.issues)).toBe('[0].reports: is missing (should be text)');
  });
});
