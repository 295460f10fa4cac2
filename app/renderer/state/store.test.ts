import { beforeEach, describe, expect, it } from 'vitest';
import { buildTrace } from '#core/trace/trace.ts';
import { createAppStore } from './store.ts';

const trace = (frames: number) => buildTrace('ntm', [Array.from({ length: frames }, (_, i) => ({ stage: `s${i}`, data: { i } }))]);

describe('app store', () => {
  const store = createAppStore();
  beforeEach(() => store.setState(store.getInitialState(), true));

  it('starts empty, in Spanish, at frame 0', () => {
    expect(store.getState()).toMatchObject({ trace: null, frame: 0, language: 'es', module: 'ntm', preset: 'lookup', playing: false });
  });
  it('replaces traces wholesale and keeps the frame position (clamped)', () => {
    const a = trace(6);
    store.getState().setTrace(a, { beta: 1 }, 'free');
    store.getState().seek(4);
    const b = trace(6);
    store.getState().setTrace(b, { beta: 2 });
    expect(store.getState()).toMatchObject({ frame: 4, revision: 2, preset: 'free', appliedParameters: { beta: 2 } });
    expect(store.getState().trace).toBe(b);
    store.getState().setTrace(trace(3), {});
    expect(store.getState().frame).toBe(2);
  });
  it('records and clears parameter problems without touching the trace', () => {
    const a = trace(2);
    store.getState().setTrace(a, { beta: 1 });
    store.getState().setProblem('beta', { path: 'steps[0].beta', problem: 'got -1', allowed: 'a finite number ≥ 0' });
    expect(store.getState().problems.beta?.allowed).toBe('a finite number ≥ 0');
    expect(store.getState().trace).toBe(a);
    store.getState().setProblem('beta', null);
    expect(store.getState().problems).toEqual({});
  });
  it('notifies selector subscribers only when their slice changes', () => {
    let calls = 0;
    const off = store.subscribe(
      (s) => s.language,
      () => calls++,
    );
    store.getState().setSpeed(2);
    store.getState().setLanguage('en');
    off();
    expect(calls).toBe(1);
  });
  it('holds plain data only (serialisable)', () => {
    store.getState().setTrace(trace(2), { key: [1, 0] });
    const { trace: t, ...rest } = store.getState();
    const data = Object.fromEntries(Object.entries(rest).filter(([, v]) => typeof v !== 'function'));
    expect(() => JSON.stringify({ t, data })).not.toThrow();
  });
});
