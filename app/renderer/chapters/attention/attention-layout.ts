/**
 * Where the attention scene puts things (world units, z = 0, y up): on the left the interface, the output row
 * on top, the decoder states under it, the encoder states and the input row at the bottom (for speech the
 * waveform strip cut into audio frames), ribbons between the two state rows; on the right the alignment matrix,
 * one row per output step.
 */

/** The layout for T inputs and S outputs. */
export interface AttentionLayout {
  readonly T: number;
  readonly S: number;
  /** Width of the interface part. */
  readonly width: number;
  readonly inputY: number;
  readonly encoderY: number;
  readonly decoderY: number;
  readonly outputY: number;
  /** Matrix: left edge of the cells, top edge, cell size. */
  readonly matrixX: number;
  readonly matrixTop: number;
  readonly cell: number;
  readonly bounds: { readonly min: readonly [number, number]; readonly max: readonly [number, number] };
}

/** The interface's width. */
export const INTERFACE_W = 22;

/** The layout of a trace with T inputs and S outputs. */
export function attentionLayout(T: number, S: number): AttentionLayout {
  const outputY = 8.2;
  const cell = Math.min(0.55, 9.4 / S, 9 / T);
  const matrixX = INTERFACE_W / 2 + 3.6;
  const matrixTop = outputY + 0.35;
  const right = matrixX + T * cell + 0.4;
  return {
    T,
    S,
    width: INTERFACE_W,
    inputY: -0.2,
    encoderY: 1.3,
    decoderY: 6.4,
    outputY,
    matrixX,
    matrixTop,
    cell,
    bounds: { min: [-INTERFACE_W / 2 - 1.6, -2.4], max: [right + 0.3, outputY + 2.0] },
  };
}

/** The x of input j. */
export function inputX(L: AttentionLayout, j: number): number {
  return -L.width / 2 + ((j + 0.5) * L.width) / L.T;
}

/** The x of output t. */
export function outputX(L: AttentionLayout, t: number): number {
  return -L.width / 2 + ((t + 0.5) * L.width) / L.S;
}

/** Points of the ribbon from output t's decoder state down to input j's encoder state (a cubic Bézier). */
export function ribbonPoint(L: AttentionLayout, t: number, j: number, s: number): [number, number] {
  const x0 = outputX(L, t);
  const x1 = inputX(L, j);
  const y0 = L.decoderY - 0.45;
  const y1 = L.encoderY + 0.45;
  const ym = (y0 + y1) / 2;
  const u = 1 - s;
  const x = u * u * u * x0 + 3 * u * u * s * x0 + 3 * u * s * s * x1 + s * s * s * x1;
  const y = u * u * u * y0 + 3 * u * u * s * ym + 3 * u * s * s * ym + s * s * s * y1;
  return [x, y];
}
