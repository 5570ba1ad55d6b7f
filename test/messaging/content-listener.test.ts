/**
 * The content script's answers to the popup (`messaging/content-listener.ts`): foreign messages
 * get no reply, malformed ones a readable error, and the schema may come later (the second stage
 * loads it with the first request).
 */
import { describe, expect, it, vi } from 'vitest';
import { createContentListener } from '../../messaging/content-listener';
import { parseContentRequest } from '../../messaging/content-requests';

describe('createContentListener', () => {
  const handlers = {
    'cc:page-summary': () => ({ url: 'u', checked: 0, counts: { corroborated: 0, conflicting: 0, mixed: 0, related: 0 }, figures: [] }),
    'cc:reveal': (req: { id: string }) => req.id === 'cc-1',
    'cc:read-article': () => Promise.reject(new Error('no article here')),
    'cc:next-mark': () => null,
    'cc:check-selection': (req: { text: string }) => req.text.length,
  };

  it('validates with a parser that loads later, and wraps replies and failures in a Result', async () => {
    const parse = vi.fn(async (raw: unknown) => parseContentRequest(raw));
    const listen = createContentListener(handlers, parse);
    expect(listen({ type: 'other-extension' })).toBeUndefined();
    expect(listen(null)).toBeUndefined();
    expect(parse).not.toHaveBeenCalled();
    expect(await listen({ type: 'cc:reveal', id: 'cc-1' })).toEqual({ ok: true, value: true });
    expect(await listen({ type: 'cc:reveal', id: 7 })).toEqual({ ok: false, error: 'malformed message cc:reveal' });
    expect(await listen({ type: 'cc:read-article' })).toEqual({ ok: false, error: 'no article here' });
    expect(await listen({ type: 'cc:nothing' })).toEqual({ ok: false, error: 'malformed message cc:nothing' });
    expect(await listen({ type: 'cc:check-selection', text: '42 deals' })).toEqual({ ok: true, value: 8 });
    expect(await listen({ type: 'cc:check-selection' })).toEqual({ ok: false, error: 'malformed message cc:check-selection' });
  });

  it('reports a schema that could not be loaded', async () => {
    const listen = createContentListener(handlers, () => Promise.reject(new Error('content-requests.js did not load')));
    expect(await listen({ type: 'cc:page-summary' })).toEqual({ ok: false, error: 'content-requests.js did not load' });
  });
});
