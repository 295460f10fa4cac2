import { describe, expect, it } from 'vitest';
import { channelName, isPresenterPage, openPresenterSync, parsePresenterMessage, presenterSearch, type ChannelLike } from './presenter-sync.ts';

/** Two ends of one in-memory channel (what BroadcastChannel does between two windows). */
function pair(): [(name: string) => ChannelLike, (name: string) => ChannelLike] {
  const ends: ChannelLike[] = [];
  const make = (): ChannelLike => {
    const end: ChannelLike = {
      onmessage: null,
      postMessage(message) {
        for (const other of ends) if (other !== end) other.onmessage?.(new MessageEvent('message', { data: structuredClone(message) }));
      },
      close() {},
    };
    ends.push(end);
    return end;
  };
  return [make, make];
}

const state = { slide: 2, frame: 4, frames: { first: 0, last: 9 }, blank: false, startedAt: 1000 };

describe('presenter sync', () => {
  it('accepts the three messages and refuses anything else', () => {
    expect(parsePresenterMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(parsePresenterMessage({ type: 'key', key: 'PageDown' })).toEqual({ type: 'key', key: 'PageDown' });
    expect(parsePresenterMessage({ type: 'state', state })).toEqual({ type: 'state', state });
    expect(parsePresenterMessage({ type: 'state', state: { ...state, frames: null } })?.type).toBe('state');
    for (const bad of [
      null,
      'hello',
      [],
      { type: 'nope' },
      { type: 'key', key: '' },
      { type: 'key', key: 'x'.repeat(21) },
      { type: 'key', key: 3 },
      { type: 'state', state: { ...state, slide: -1 } },
      { type: 'state', state: { ...state, frame: 1.5 } },
      { type: 'state', state: { ...state, frames: { first: 5, last: 2 } } },
      { type: 'state', state: { ...state, blank: 'no' } },
      { type: 'state', state: { ...state, startedAt: Infinity } },
      { type: 'state' },
    ]) {
      expect(parsePresenterMessage(bad)).toBeNull();
    }
  });

  it('carries valid messages from one window to the other and drops invalid ones', () => {
    const [a, b] = pair();
    const audience = openPresenterSync('augmented-rnns', a)!;
    const presenter = openPresenterSync('augmented-rnns', b)!;
    const got: unknown[] = [];
    audience.onMessage((m) => got.push(m));
    presenter.send({ type: 'key', key: 'ArrowRight' });
    presenter.send({ type: 'hello' });
    (b('x') as ChannelLike).postMessage({ type: 'key' }); // malformed: ignored
    expect(got).toEqual([{ type: 'key', key: 'ArrowRight' }, { type: 'hello' }]);
  });

  it('names the channel by lesson, builds the presenter query and recognises it', () => {
    expect(channelName('augmented-rnns')).toBe('atenea-presenter:augmented-rnns');
    const q = presenterSearch('?lesson=augmented-rnns&lang=en&e2e=1&resume=1', 'augmented-rnns');
    expect(new URLSearchParams(q).get('presenter')).toBe('1');
    expect(new URLSearchParams(q).get('lang')).toBe('en');
    expect(new URLSearchParams(q).get('resume')).toBeNull();
    expect(isPresenterPage(q)).toBe(true);
    expect(isPresenterPage('?lesson=augmented-rnns')).toBe(false);
    expect(openPresenterSync('x', () => null)).toBeNull();
  });
});
