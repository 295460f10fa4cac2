/**
 * What the attention scene shows for a frame (pure): the weights α_tj drawn (blended between two frames during
 * a transition), how far the ribbons are shown, and the weights of each finished row of the alignment matrix
 * (Bahdanau, Cho & Bengio 2014 eq. (6); Luong, Pham & Manning 2015 eq. (7)).
 */
import type { AttentionTrace } from '#core/models/attention/attention-scenario.ts';
import type { AttentionFrame } from './attention-narration.ts';

/** The weights shown at a transition: the two frames' weights blended when they have the same length. */
export function shownWeights(from: ArrayLike<number> | undefined, to: ArrayLike<number>, progress: number): number[] {
  return Array.from(to, (w, j) => (from && from.length === to.length ? from[j]! + (w - from[j]!) * progress : w));
}

/**
 * How far the ribbons show (0 … 1): always for the alignment data; for a computed step from the weights stage
 * on, fading in on the transition into that stage.
 */
export function ribbonsShown(to: AttentionFrame, from: AttentionFrame | undefined, progress: number): number {
  const stage = to.stage;
  if (to.data.kind !== 'alignment' && stage !== 'weights' && stage !== 'context') return 0;
  const sameStep = from && from.step === to.step;
  return sameStep && from.stage !== 'weights' && from.stage !== 'context' && from.stage !== stage ? progress : 1;
}

/** The weights of output step k's row of the alignment matrix (its first frame's), or undefined. */
export function rowWeights(trace: AttentionTrace, k: number): Float64Array | readonly number[] | undefined {
  return trace.frames.find((fr) => fr.step === k)?.data.weights;
}
