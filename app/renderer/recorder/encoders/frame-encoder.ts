/** The contract of one export format's encoder: frames in (RGBA, rows top-first), bytes out to a sink. */
import type { PixelData } from '../../scene/view.ts';

/** Encodes output frames 0, 1, 2… in order. */
export interface FrameEncoder {
  /** Adds output frame `k` (its timestamp is k / fps); resolves when the encoder can take the next one. */
  add(pixels: PixelData, k: number): Promise<void>;
  /** Flushes everything to the sink (the caller then finishes the sink). */
  finish(): Promise<void>;
  /** Stops at once, dropping pending work (the caller then aborts the sink). */
  cancel(): Promise<void>;
}
