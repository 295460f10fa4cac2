import { describe, expect, it } from 'vitest';
import { buildTrace } from '#core/trace/trace.ts';
import { createAppStore } from '../state/store.ts';
import { handleKey } from './keyboard.ts';

describe('keyboard', () => {
  it('steps, jumps, plays and resets the camera', () => {
    const store = createAppStore();
    store.getState().setTrace(
      buildTrace('ntm', [
        [
          { stage: 'a', data: 0 },
          { stage: 'b', data: 0 },
          { stage: 'c', data: 0 },
        ],
      ]),
      {},
    );
    expect(handleKey('ArrowRight', store, 0)).toBe(true);
    expect(store.getState().frame).toBe(1);
    handleKey('PageDown', store, 0);
    expect(store.getState().frame).toBe(2);
    handleKey('PageUp', store, 0);
    handleKey('ArrowLeft', store, 0);
    expect(store.getState().frame).toBe(0);
    handleKey('End', store, 0);
    expect(store.getState().frame).toBe(2);
    handleKey('Home', store, 0);
    expect(store.getState().frame).toBe(0);
    handleKey(' ', store, 0);
    expect(store.getState().playing).toBe(true);
    handleKey('r', store, 0);
    expect(store.getState().cameraReset).toBe(1);
    expect(handleKey('x', store, 0)).toBe(false);
  });
});
