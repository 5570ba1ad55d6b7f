/**
 * A question to a tab's content script (`sendOrInject`, `messaging/basics.ts`): asked directly
 * where something listens; where nothing does, the second stage is injected and the question
 * asked once more; where it cannot be injected, the first failure is the reply.
 */
import { describe, expect, it, vi } from 'vitest';
import { sendOrInject } from '../../messaging/basics';

const NO_LISTENER = new Error('Could not establish connection. Receiving end does not exist.');

describe('sendOrInject', () => {
  it('asks once and injects nothing where the second stage listens', async () => {
    const send = vi.fn(async () => ({ ok: true, value: 3 }));
    const inject = vi.fn(async () => undefined);
    expect(await sendOrInject(send, inject, { type: 'cc:page-summary' })).toEqual({ ok: true, value: 3 });
    expect(send).toHaveBeenCalledTimes(1);
    expect(inject).not.toHaveBeenCalled();
  });

  it('injects the second stage where nothing listens, then asks again', async () => {
    let injected = false;
    const send = vi.fn(async () => {
      if (!injected) throw NO_LISTENER;
      return { ok: true, value: 'summary' };
    });
    const inject = vi.fn(async () => void (injected = true));
    expect(await sendOrInject(send, inject, { type: 'cc:page-summary' })).toEqual({ ok: true, value: 'summary' });
    expect(send).toHaveBeenCalledTimes(2);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('replies with the first failure when the page cannot be injected (no grant, a browser page)', async () => {
    const send = vi.fn(async () => Promise.reject(NO_LISTENER));
    const inject = vi.fn(async () => Promise.reject(new Error('Cannot access contents of the page.')));
    expect(await sendOrInject(send, inject, { type: 'cc:page-summary' })).toEqual({ ok: false, error: NO_LISTENER.message });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('does not inject when the listener answered with a failure', async () => {
    const inject = vi.fn(async () => undefined);
    expect(await sendOrInject(async () => ({ ok: false, error: 'malformed' }), inject, { type: 'cc:x' })).toEqual({ ok: false, error: 'malformed' });
    expect(inject).not.toHaveBeenCalled();
  });
});
