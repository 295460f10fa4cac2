import { beforeEach, describe, expect, it } from 'vitest';
import { buildTrace } from '#core/trace/trace.ts';
import { createAppStore } from '../state/store.ts';
import { PAUSE_MS, TRANSITION_MS, ease, tick } from './clock.ts';

const trace = buildTrace('ntm', [
  [
    { stage: 'a', data: 0 },
    { stage: 'b', data: 1 },
  ],
  [{ stage: 'a', data: 2 }],
]);

describe('playback clock', () => {
  const store = createAppStore();
  beforeEach(() => {
    store.setState(store.getInitialState(), true);
    store.getState().setTrace(trace, {});
  });
  it('eases from 0 to 1 smoothly', () => {
    expect(ease(0)).toBe(0);
    expect(ease(1)).toBe(1);
    expect(ease(0.5)).toBe(0.5);
    expect(ease(2)).toBe(1);
  });
  it('steps with a transition that settles after TRANSITION_MS', () => {
    store.getState().step(1, 1000);
    expect(store.getState()).toMatchObject({ frame: 1, fromFrame: 0, transitionStart: 1000 });
    expect(tick(store, 1000 + TRANSITION_MS / 2)).toBeCloseTo(0.5);
    expect(tick(store, 1000 + TRANSITION_MS)).toBe(1);
    expect(store.getState()).toMatchObject({ frame: 1, fromFrame: 1, transitionStart: null });
  });
  it('stepping back returns exactly to the previous cursor', () => {
    store.getState().step(1, 0);
    tick(store, 10_000);
    store.getState().step(-1, 20_000);
    tick(store, 30_000);
    expect(store.getState()).toMatchObject({ frame: 0, fromFrame: 0, transitionStart: null });
  });
  it('plays with a pause between steps and stops at the end', () => {
    store.getState().setPlaying(true);
    tick(store, 0);
    expect(store.getState().frame).toBe(1);
    tick(store, TRANSITION_MS);
    tick(store, TRANSITION_MS + PAUSE_MS / 2);
    expect(store.getState().frame).toBe(1);
    tick(store, TRANSITION_MS + PAUSE_MS);
    expect(store.getState().frame).toBe(2);
    tick(store, 10_000);
    tick(store, 20_000);
    expect(store.getState()).toMatchObject({ frame: 2, playing: false });
  });
  it('clamps seeks and keeps the frame when a trace is replaced', () => {
    store.getState().seek(99);
    expect(store.getState().frame).toBe(2);
    store.getState().setTrace(buildTrace('ntm', [[{ stage: 'a', data: 0 }]]), { beta: 1 });
    expect(store.getState()).toMatchObject({ frame: 0, revision: 2, appliedParameters: { beta: 1 } });
  });
});
