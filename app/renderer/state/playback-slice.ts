/**
 * The playback slice: the frame cursor and the transition into it. The scene is a pure function of
 * (trace, frame, fromFrame, progress); progress is derived by the clock from `transitionStart`, so a recorder
 * can instead pass any progress it wants.
 */

/** Playback speeds offered by the speed control (1 = a transition of 300 ms plus a 700 ms pause). */
export const SPEEDS = [0.5, 1, 2, 4] as const;

/** State of the playback slice. */
export interface PlaybackSlice {
  /** The frame shown (or being transitioned to). */
  readonly frame: number;
  /** The frame the transition starts from; equals `frame` when at rest. */
  readonly fromFrame: number;
  /** Clock time (ms) when the current transition started; null when at rest. */
  readonly transitionStart: number | null;
  readonly playing: boolean;
  /** While playing: clock time (ms) before which the next step waits (the pause between steps). */
  readonly pauseUntil: number;
  readonly speed: number;
}

/** At rest on frame 0, paused, normal speed. */
export const initialPlayback: PlaybackSlice = { frame: 0, fromFrame: 0, transitionStart: null, playing: false, pauseUntil: 0, speed: 1 };
