/**
 * Frames picked out of a trace in tests, keeping the trace's frame type (no casts): a missing frame is a failed
 * precondition of the test, so it throws a one-line message instead of handing `undefined` on.
 */

/** The frame at `index` of `trace` (negative counts from the end, as `Array.prototype.at`). */
export function frameAt<F>(trace: { readonly frames: readonly F[] }, index: number): F {
  const frame = trace.frames.at(index);
  if (frame === undefined) throw new Error(`frameAt: index ${index} is outside the trace's ${trace.frames.length} frames`);
  return frame;
}

/** The first frame of `trace` that `predicate` accepts. */
export function findFrame<F>(trace: { readonly frames: readonly F[] }, predicate: (frame: F) => boolean): F {
  const frame = trace.frames.find(predicate);
  if (frame === undefined) throw new Error(`findFrame: none of the trace's ${trace.frames.length} frames matches`);
  return frame;
}
