/**
 * Traces: what every model emits and every view reads.
 *
 * A trace is an immutable list of frames; a frame is one stage of one time step (README "`trace`"). The renderer
 * and the recorder never recompute a model: they read frames. Frame data is plain JSON-compatible values
 * (numbers, arrays, strings) so a trace can be written by `atenea trace`, sent to a worker, or snapshotted
 * by an e2e test.
 */

/** The modules of the lecture (README "The modules and their presets"). */
export type ModuleId = 'focus' | 'ntm' | 'attention' | 'act' | 'programmer';

/** One stage of one time step. */
export interface Frame<Stage extends string = string, Data = unknown> {
  /** Position in the trace, from 0. */
  readonly index: number;
  /** The model's time step (input step, decoder step, program step), from 0. */
  readonly step: number;
  /** Which stage of that step this frame shows, e.g. `'content'` or `'sharpen'`. */
  readonly stage: Stage;
  /** The numbers the frame shows: model-specific, JSON-compatible. */
  readonly data: Data;
}

/** A whole run of one model over one scenario. */
export interface Trace<Stage extends string = string, Data = unknown> {
  readonly module: ModuleId;
  /** Number of time steps; every frame's `step` is below it. */
  readonly steps: number;
  readonly frames: readonly Frame<Stage, Data>[];
}

/** Builds a trace from per-step stage lists, numbering frames in order. */
export function buildTrace<Stage extends string, Data>(
  module: ModuleId,
  stepsOfStages: readonly (readonly { stage: Stage; data: Data }[])[],
): Trace<Stage, Data> {
  const frames: Frame<Stage, Data>[] = [];
  stepsOfStages.forEach((stages, step) => {
    for (const { stage, data } of stages) frames.push(Object.freeze({ index: frames.length, step, stage, data }));
  });
  return Object.freeze({ module, steps: stepsOfStages.length, frames: Object.freeze(frames) });
}

/** Clamps a requested frame index into the trace (an empty trace has only frame 0). */
export function clampFrame(trace: Pick<Trace, 'frames'>, frame: number): number {
  const last = Math.max(0, trace.frames.length - 1);
  if (!Number.isFinite(frame)) return 0;
  return Math.min(last, Math.max(0, Math.round(frame)));
}

/** The index of the first frame of the time step `step`, or -1 when there is none. */
export function firstFrameOfStep(trace: Pick<Trace, 'frames'>, step: number): number {
  return trace.frames.findIndex((f) => f.step === step);
}
