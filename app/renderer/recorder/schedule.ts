/**
 * The recording timeline: a pure function from an output frame number to what the scene shows (frame,
 * fromFrame, progress). The recorder drives this clock itself, so an export is frame-exact whatever the
 * machine's speed: output frame k is the picture at time k / fps, and the export has exactly
 * round(duration × fps) frames with timestamps k / fps.
 *
 * Timeline: every trace frame of the range [from, to] is shown for `secondsPerStep` seconds; each one after
 * the first starts with an eased transition of `secondsPerTransition` seconds from the frame before it (the
 * same smoothstep as the on-screen clock, playback/clock.ts), and rests for the remainder.
 */
import { ease } from '../playback/clock.ts';

/** What the user chose for the timeline. */
export interface TimelineOptions {
  /** Frames in the trace (the range is clamped into [0, frameCount − 1]). */
  readonly frameCount: number;
  /** First trace frame of the range. */
  readonly from: number;
  /** Last trace frame of the range (inclusive). */
  readonly to: number;
  /** Output frames per second. */
  readonly fps: number;
  /** Seconds each trace frame is on screen, transition included. */
  readonly secondsPerStep: number;
  /** Seconds of the transition into each frame after the first (at most `secondsPerStep`). */
  readonly secondsPerTransition: number;
}

/** The scene's inputs for one output frame. */
export interface TimelinePoint {
  readonly frame: number;
  readonly fromFrame: number;
  /** Eased transition progress in [0, 1] (1: at rest on `frame`). */
  readonly progress: number;
}

/** A resolved timeline: its length and the scene input of each output frame. */
export interface Schedule {
  readonly from: number;
  readonly to: number;
  readonly fps: number;
  /** Exactly the number of output frames. */
  readonly frameCount: number;
  /** Duration in seconds (frameCount / fps). */
  readonly duration: number;
  /** Timestamp of output frame k in seconds (k / fps). */
  timestamp(k: number): number;
  /** Scene input of output frame k (0 ≤ k < frameCount). */
  at(k: number): TimelinePoint;
}

/** A refused timeline option: which one and why (one line). */
export class TimelineError extends Error {
  constructor(
    readonly option: keyof TimelineOptions,
    message: string,
  ) {
    super(message);
    this.name = 'TimelineError';
  }
}

function check(ok: boolean, option: keyof TimelineOptions, message: string): void {
  if (!ok) throw new TimelineError(option, message);
}

/** Validates the options and builds the schedule (throws {@link TimelineError} naming the option). */
export function createSchedule(options: TimelineOptions): Schedule {
  const { frameCount, fps, secondsPerStep: sps, secondsPerTransition: spt } = options;
  check(Number.isInteger(frameCount) && frameCount >= 1, 'frameCount', `the trace has no frames (got ${frameCount})`);
  const last = frameCount - 1;
  check(Number.isInteger(options.from) && options.from >= 0 && options.from <= last, 'from', `from must be a frame from 0 to ${last} (got ${options.from})`);
  check(
    Number.isInteger(options.to) && options.to >= options.from && options.to <= last,
    'to',
    `to must be a frame from ${options.from} to ${last} (got ${options.to})`,
  );
  check(Number.isFinite(fps) && fps > 0 && fps <= 240, 'fps', `fps must be a number above 0 and at most 240 (got ${fps})`);
  check(Number.isFinite(sps) && sps > 0 && sps <= 600, 'secondsPerStep', `seconds per step must be above 0 and at most 600 (got ${sps})`);
  check(
    Number.isFinite(spt) && spt >= 0 && spt <= sps,
    'secondsPerTransition',
    `seconds per transition must be from 0 to the seconds per step, ${sps} (got ${spt})`,
  );
  const { from, to } = options;
  const steps = to - from + 1;
  // Frames per step as an exact rational when possible: round away float noise (0.1 × 30 = 3.0000000000000004).
  const framesPerStep = sps * fps;
  const transitionFrames = spt * fps;
  const total = Math.max(1, Math.round(steps * framesPerStep));
  const snap = (x: number) => (Math.abs(x - Math.round(x)) < 1e-9 ? Math.round(x) : x);
  return {
    from,
    to,
    fps,
    frameCount: total,
    duration: total / fps,
    timestamp: (k) => k / fps,
    at(k) {
      if (!Number.isInteger(k) || k < 0 || k >= total) throw new RangeError(`output frame ${k} is outside 0..${total - 1}`);
      const position = snap(k / framesPerStep); // in steps since the start
      const j = Math.min(steps - 1, Math.floor(position));
      const local = snap(k - j * framesPerStep); // output frames into step j
      const frame = from + j;
      if (j > 0 && transitionFrames > 0 && local < transitionFrames - 1e-9) return { frame, fromFrame: frame - 1, progress: ease(local / transitionFrames) };
      return { frame, fromFrame: frame, progress: 1 };
    },
  };
}
