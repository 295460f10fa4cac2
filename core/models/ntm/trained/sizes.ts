/**
 * The shape of the trained copy NTM (train/ntm-copy): an LSTM controller with one read and one write head
 * (Graves, Wayne & Danihelka 2014, §3–4). Shared by the float64 forward pass, the weight-file loader and the
 * training code, so the three agree on where each head parameter sits in the controller's output.
 */

/** The sizes of a copy NTM. */
export interface NtmCopySizes {
  /** Bits per vector of the copy task (the input has one more channel: the delimiter). */
  readonly bits: number;
  /** M, the width of each memory slot. */
  readonly memoryWidth: number;
  /** H, the LSTM's hidden units. */
  readonly hidden: number;
  /** The constant every memory entry starts at (constant initialisation, as in MarkPKCollier's NTM notes). */
  readonly memoryInit: number;
  /** The bound the head pre-activations are clipped to, |z| ≤ clip. */
  readonly clip: number;
}

/** Offsets of one head's pre-activations in the controller's head layer: k (M), β, g, s (3), γ, then e (M), a (M) for the write head. */
export interface HeadLayout {
  readonly key: number;
  readonly beta: number;
  readonly gate: number;
  readonly shift: number;
  readonly gamma: number;
  /** Only for the write head. */
  readonly erase?: number;
  readonly add?: number;
}

/** The head layer: the read head first (M + 6 numbers), then the write head (3M + 6). */
export interface HeadLayerLayout {
  readonly read: HeadLayout;
  readonly write: HeadLayout;
  /** P, the head layer's width. */
  readonly width: number;
}

/** Where each head parameter sits in the head layer for memory width M. */
export function headLayerLayout(memoryWidth: number): HeadLayerLayout {
  const m = memoryWidth;
  const read = { key: 0, beta: m, gate: m + 1, shift: m + 2, gamma: m + 5 };
  const w0 = m + 6;
  const write = { key: w0, beta: w0 + m, gate: w0 + m + 1, shift: w0 + m + 2, gamma: w0 + m + 5, erase: w0 + m + 6, add: w0 + 2 * m + 6 };
  return { read, write, width: w0 + 3 * m + 6 };
}

/** The controller's input width: the task input (bits + delimiter) and the previous read vector (M). */
export function controllerInputWidth(sizes: NtmCopySizes): number {
  return sizes.bits + 1 + sizes.memoryWidth;
}
