/**
 * `checkFile`, the command line's check: a page its metadata leaves undated carries the month its
 * content dates it in (docs/decisions/035), so the readable output no longer says only "undated".
 */
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../../scripts/lib/check-file';

describe('checkFile', () => {
  it("gives an undated page's content date beside its own (absent) date", () => {
    const result = checkFile('test/fixtures/pages/undated-42-deals-47-page.html', undefined);
    expect(result.page.published).toBeNull();
    expect(result.contentDate).toEqual({ value: 'May 2026', basis: 'its content ("47-page", as sources of that month report)', figures: ['47-page'] });
  });

  it('gives no content date for a page its metadata dates', () => {
    const result = checkFile('test/fixtures/pages/may2026-42-agreements-conflict.html', undefined);
    expect(result.page.published?.from).toBe('2026-05-21');
    expect('contentDate' in result).toBe(false);
  });
});
