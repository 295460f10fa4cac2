import { describe, expect, it } from 'vitest';
import { clockMoving, createDrawScheduler } from './draw-scheduler.ts';

/** A hand-driven animation frame source: `flush()` runs the callbacks requested so far, as one display frame. */
function frames() {
  let queue: (() => void)[] = [];
  return {
    request: (callback: () => void) => queue.push(callback),
    get requested() {
      return queue.length;
    },
    flush() {
      const run = queue;
      queue = [];
      run.forEach((f) => f());
    },
  };
}

describe('createDrawScheduler', () => {
  it('requests no animation frame until woken, so an idle view runs nothing', () => {
    const raf = frames();
    let draws = 0;
    const scheduler = createDrawScheduler(() => (draws++, false), raf.request);
    for (let i = 0; i < 10; i++) raf.flush();
    expect(raf.requested).toBe(0);
    expect(draws).toBe(0);
    expect(scheduler.frames).toBe(0);
  });

  it('draws once per wake, folding several wakes before the frame into one, then stops', () => {
    const raf = frames();
    let draws = 0;
    const scheduler = createDrawScheduler(() => (draws++, false), raf.request);
    scheduler.wake();
    scheduler.wake();
    scheduler.wake();
    expect(raf.requested).toBe(1);
    expect(scheduler.pending).toBe(true);
    raf.flush();
    expect(draws).toBe(1);
    expect(scheduler.pending).toBe(false);
    for (let i = 0; i < 5; i++) raf.flush();
    expect(draws).toBe(1);
  });

  it('keeps drawing while the picture moves and stops on the first still frame', () => {
    const raf = frames();
    let moving = 3;
    let draws = 0;
    const scheduler = createDrawScheduler(() => (draws++, moving-- > 0), raf.request);
    scheduler.wake();
    for (let i = 0; i < 10; i++) raf.flush();
    expect(draws).toBe(4);
    expect(scheduler.frames).toBe(4);
    expect(raf.requested).toBe(0);
  });

  it('a wake inside the frame callback (a store change while drawing) asks for one more frame', () => {
    const raf = frames();
    let draws = 0;
    const scheduler = createDrawScheduler(() => {
      draws++;
      if (draws === 1) scheduler.wake();
      return false;
    }, raf.request);
    scheduler.wake();
    raf.flush();
    raf.flush();
    raf.flush();
    expect(draws).toBe(2);
  });
});

describe('clockMoving', () => {
  it('is true during a transition or playback and false when paused at rest', () => {
    expect(clockMoving({ transitionStart: null, playing: false })).toBe(false);
    expect(clockMoving({ transitionStart: 12, playing: false })).toBe(true);
    expect(clockMoving({ transitionStart: null, playing: true })).toBe(true);
  });
});
