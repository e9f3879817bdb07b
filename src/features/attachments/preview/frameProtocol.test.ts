import { describe, expect, it } from 'vitest';
import { toFrameEvent } from './frameProtocol';

describe('toFrameEvent', () => {
  it('accepts the frame’s known messages', () => {
    expect(toFrameEvent({ type: 'ready' })).toEqual({ type: 'ready' });
    expect(toFrameEvent({ type: 'loaded', pageCount: 3 })).toEqual({ type: 'loaded', pageCount: 3 });
    expect(toFrameEvent({ type: 'rendered', page: 2, pageCount: 3, text: 'Hej' })).toEqual({ type: 'rendered', page: 2, pageCount: 3, text: 'Hej' });
    expect(toFrameEvent({ type: 'key', key: 'Escape' })).toEqual({ type: 'key', key: 'Escape' });
  });

  it('drops anything else a subverted frame could send', () => {
    for (const data of [
      null,
      'ready',
      { type: 'navigate', url: 'https://evil.example' },
      { type: 'loaded', pageCount: -1 },
      { type: 'loaded', pageCount: 1.5 },
      { type: 'rendered', page: '1', pageCount: 1 },
      { type: 'key', key: 'r' },
      { type: 'key', key: { toString: () => 'Escape' } },
    ]) {
      expect({ data, event: toFrameEvent(data) }).toEqual({ data, event: null });
    }
  });

  it('keeps page text as plain, bounded text', () => {
    const event = toFrameEvent({ type: 'rendered', page: 1, pageCount: 1, text: 'x'.repeat(200_000) });
    expect(event?.type === 'rendered' ? event.text.length : 0).toBe(50_000);
    expect(toFrameEvent({ type: 'rendered', page: 1, pageCount: 1, text: { html: '<b>' } })).toMatchObject({ text: '' });
  });
});
