/**
 * Draw only on change (README "Speed", "The view"): the view is drawn on an animation frame only after something
 * asked for one (a store change, a camera move, a resize, a new scene) and for as long as the picture moves (a
 * transition or playback). While paused and idle no animation frame is requested at all, so nothing runs.
 */
import type { AppStore } from '../state/store.ts';
import type { View, ViewInput } from '../scene/view.ts';
import { tick } from './clock.ts';

/** Requests one callback on the next animation frame (`requestAnimationFrame` in the page). */
export type FrameRequest = (callback: () => void) => unknown;

/** The scheduler {@link createDrawScheduler} returns. */
export interface DrawScheduler {
  /** Something changed: draw on the next animation frame (several wakes before it give one frame). */
  wake(): void;
  /** True while an animation frame is requested. */
  readonly pending: boolean;
  /** Animation frames run so far (the test hooks read it). */
  readonly frames: number;
}

/**
 * Runs `frame` on the next animation frame after each {@link DrawScheduler.wake}, and again on the following
 * ones while `frame` returns true (it returns whether the picture is still moving); then stops requesting frames.
 */
export function createDrawScheduler(frame: () => boolean, request: FrameRequest): DrawScheduler {
  let pending = false;
  let frames = 0;
  const run = (): void => {
    pending = false;
    frames++;
    if (frame()) wake();
  };
  function wake(): void {
    if (pending) return;
    pending = true;
    request(run);
  }
  return {
    wake,
    get pending() {
      return pending;
    },
    get frames() {
      return frames;
    },
  };
}

/** Whether the playback clock still needs frames: a transition runs, or playback waits for its next step. */
export function clockMoving(state: { readonly transitionStart: number | null; readonly playing: boolean }): boolean {
  return state.transitionStart !== null || state.playing;
}

/**
 * The app's view drawing: on each scheduled frame the clock ticks and the view draws `input(progress)` (the view
 * skips a picture it already shows); store changes and the view's invalidations wake the scheduler, and so can the
 * caller (a theme switch). Starts with one frame.
 */
export function drawOnChange(
  store: AppStore,
  view: Pick<View, 'draw' | 'onInvalidate'>,
  input: (progress: number) => ViewInput | null,
  now: () => number,
): DrawScheduler {
  const scheduler = createDrawScheduler(
    () => {
      const next = input(tick(store, now()));
      if (next) view.draw(next);
      return clockMoving(store.getState());
    },
    (callback) => requestAnimationFrame(callback),
  );
  store.subscribe(() => scheduler.wake());
  view.onInvalidate(() => scheduler.wake());
  scheduler.wake();
  return scheduler;
}
