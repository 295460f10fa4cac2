/**
 * The playback clock: turns wall time into transition progress and, while playing, advances the cursor
 * after each transition plus a pause. It is the only place that reads time; the scene receives a progress in
 * [0, 1] (a recorder can supply its own).
 */
import type { AppStore } from '../state/store.ts';

/** Transition length at speed 1 (ms): short and smooth (llm-viz: slow linked transitions are nauseating). */
export const TRANSITION_MS = 300;
/** Pause between steps when playing at speed 1 (ms). */
export const PAUSE_MS = 900;

/** Smoothstep easing of a linear progress in [0, 1]. */
export function ease(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return x * x * (3 - 2 * x);
}

/** The eased transition progress at clock time `now` (1 when at rest). */
export function transitionProgress(transitionStart: number | null, speed: number, now: number): number {
  if (transitionStart === null) return 1;
  return ease((now - transitionStart) / (TRANSITION_MS / speed));
}

/**
 * Advances the clock to `now`: settles a finished transition (starting the pause when playing) and, when
 * playing and the pause is over, steps to the next frame (stopping at the last one). Returns the eased
 * progress to render with.
 */
export function tick(store: AppStore, now: number): number {
  let s = store.getState();
  if (s.transitionStart !== null && now - s.transitionStart >= TRANSITION_MS / s.speed) {
    s.settle();
    if (s.playing) s.setPauseUntil(now + PAUSE_MS / s.speed);
    s = store.getState();
  }
  if (s.playing && s.transitionStart === null) {
    const last = (s.trace?.frames.length ?? 1) - 1;
    if (s.frame >= last) s.setPlaying(false);
    else if (s.pauseUntil <= now) s.step(1, now);
  }
  s = store.getState();
  return transitionProgress(s.transitionStart, s.speed, now);
}
