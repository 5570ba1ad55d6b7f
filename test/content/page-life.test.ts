/**
 * The content script's own lifetime (`content/page-life.ts`), which replaced WXT's
 * context in the second stage: it ends when the extension's runtime id goes, and then its timers
 * do not fire, its listeners are gone and its callbacks have run once.
 */
import { describe, expect, it, vi } from 'vitest';
import { PageLife } from '../../content/page-life';

describe('PageLife', () => {
  it('ends when the runtime id is gone: callbacks run once, listeners and timers stop', async () => {
    const runtime: { id?: string } = { id: 'ext' };
    const life = new PageLife(runtime);
    const ended = vi.fn();
    life.onInvalidated(ended);
    const target = new EventTarget();
    const heard = vi.fn();
    life.addEventListener(target, 'ping', heard);
    target.dispatchEvent(new Event('ping'));
    expect(heard).toHaveBeenCalledTimes(1);
    const fired = vi.fn();
    life.setTimeout(fired, 0);
    expect(life.isValid).toBe(true);

    delete runtime.id; // the extension was reloaded: this script is an orphan
    expect(life.isInvalid).toBe(true);
    expect(life.isInvalid).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
    target.dispatchEvent(new Event('ping'));
    expect(heard).toHaveBeenCalledTimes(1);
    await new Promise((r) => setTimeout(r, 5));
    expect(fired).not.toHaveBeenCalled();
    life.addEventListener(target, 'ping', heard);
    target.dispatchEvent(new Event('ping'));
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('counts a runtime that throws on access as gone', () => {
    const life = new PageLife({ get id(): string { throw new Error('Extension context invalidated.'); } });
    expect(life.isInvalid).toBe(true);
  });
});
