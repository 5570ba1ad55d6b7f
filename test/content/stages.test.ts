/**
 * The one loader of the content script's later stages (`importStage`, `content/stages.ts`): a
 * stage already in the world (the popup injected the second stage) is not imported again, so
 * the page never runs two of it; a file that leaves nothing is an error naming it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importStage } from '../../content/stages';

const GLOBAL = '__crosscheckStageTest';
const globals = globalThis as Record<string, unknown>;
afterEach(() => delete globals[GLOBAL]);

describe('importStage', () => {
  it('returns a stage already here without importing its file', async () => {
    const stage = { start: () => {} };
    globals[GLOBAL] = stage;
    const urlOf = vi.fn((path: string) => `chrome-extension://x${path}`);
    expect(await importStage(urlOf, '/content-main.js', GLOBAL)).toBe(stage);
    expect(urlOf).not.toHaveBeenCalled();
  });

  it('imports the file otherwise, and names it when it left nothing', async () => {
    const urlOf = vi.fn(() => 'data:text/javascript,');
    await expect(importStage(urlOf, '/content-main.js', GLOBAL)).rejects.toThrow('content-main.js did not load');
    expect(urlOf).toHaveBeenCalledWith('/content-main.js');
  });
});
