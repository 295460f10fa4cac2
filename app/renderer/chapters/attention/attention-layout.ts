/**
 * Where the attention scene puts things (world units, z = 0, y up), as one board read top to bottom: the banner,
 * the output row with the decoder states s under it, the ribbons, the encoder states h and the input row (for
 * speech the waveform strip cut into its audio frames), and under the inputs the alignment matrix, one row per
 * output step, its columns under the inputs they weigh (so the input labels name the matrix's columns too). Row
 * names and the matrix's row labels sit in a gutter on the left; the matrix's title and the data credit on a
 * footer line. The sizes are chosen so that, with the camera fitted to the board (scene/fit-board.ts), every
 * label is at least ~28 px tall in the 1920×1080 window's view (checked by attention-layout.test.ts).
 */

/** What changes the layout besides the shape: the speech data (audio frames) and the compute preset. */
export interface AttentionLayoutOptions {
  /** Inputs are audio frames: the waveform strip, frame numbers, characters as outputs. */
  readonly speech?: boolean;
  /** The compute preset: rows for q_t and c_t and a band for the scores e_j. */
  readonly compute?: boolean;
}

/** The layout for T inputs and S outputs. */
export interface AttentionLayout {
  readonly T: number;
  readonly S: number;
  readonly speech: boolean;
  readonly compute: boolean;
  /** Width of the interface (inputs and outputs spread over it, centred on x = 0). */
  readonly width: number;
  /** x of the gutter's right edge (row names and matrix row labels are right-aligned there). */
  readonly gutterX: number;
  /** y of the banner line (step · stage). */
  readonly bannerY: number;
  /** y of the output row's (first) line, and the line pitch of staggered rows. */
  readonly outputY: number;
  readonly outputLines: 1 | 2;
  readonly linePitch: number;
  /** y of the context row c_t (compute), the decoder states, the query row q_t (compute). */
  readonly contextY: number;
  readonly decoderY: number;
  readonly queryY: number;
  /** y where the ribbons leave the decoder side. */
  readonly ribbonTop: number;
  /** Baseline of the score bars e_j (compute) and the height of |e| = max. */
  readonly scoreBaseY: number;
  readonly scoreHeight: number;
  /** y of the encoder states, and the height of a state box. */
  readonly encoderY: number;
  readonly stateHeight: number;
  /** y of the input row's (first) line (tokens), or the waveform's centre (speech), and its height. */
  readonly inputY: number;
  readonly inputLines: 1 | 2;
  readonly waveHeight: number;
  /** y of the audio frame numbers (speech). */
  readonly frameNumberY: number;
  /** y of the phrase line above the matrix (speech: the output characters as one line of text). */
  readonly phraseY: number;
  /** Matrix: top edge of the cells, height of a row; column j is centred under input j, `colWidth` wide. */
  readonly matrixTop: number;
  readonly rowHeight: number;
  readonly colWidth: number;
  /** y of the footer line (the matrix's title, the data credit). */
  readonly footerY: number;
  /** Label heights (a sprite's height, world units). */
  readonly bannerHeight: number;
  readonly tokenHeight: number;
  readonly nameHeight: number;
  readonly numberHeight: number;
  readonly rowLabelHeight: number;
  readonly footerHeight: number;
  /** Bounds of everything drawn, for framing (z: the boxes' depth). */
  readonly bounds: { readonly min: readonly [number, number, number]; readonly max: readonly [number, number, number] };
}

/** The interface's width. */
export const INTERFACE_W = 22;
/** Width of the left gutter (row names, the matrix's row labels). */
export const GUTTER_W = 5.0;
/** The aspect ratio the board is designed for: the 3D view beside the narration panel (~1.5 at 1920×1080 and 1366×768). */
export const DESIGN_ASPECT = 1.5;

/** The layout of a trace with T inputs and S outputs. */
export function attentionLayout(T: number, S: number, options: AttentionLayoutOptions = {}): AttentionLayout {
  const speech = !!options.speech;
  const compute = !!options.compute && !speech;
  const W = INTERFACE_W;
  const linePitch = 0.72;
  const stateHeight = 0.62;
  const tokenHeight = 0.68;
  let y = 0;
  const bannerY = y - 0.4;
  y -= 1.05;
  const outputLines: 1 | 2 = !speech && S > 10 ? 2 : 1;
  const outputY = y - 0.35;
  // Speech's single output line sits close to the decoder: room for the two-line row names between them.
  y -= 1.0 + (outputLines - 1) * linePitch + (speech ? 0.4 : 0);
  const contextY = compute ? y - 0.35 : y;
  if (compute) y -= 0.75;
  const decoderY = y - stateHeight / 2 - 0.05;
  y -= stateHeight + 0.1;
  const queryY = compute ? y - 0.4 : y;
  if (compute) y -= 0.8;
  const ribbonTop = y;
  const band = compute ? 3.8 : 2.9;
  y -= band;
  const scoreHeight = 1.0;
  const encoderY = y - stateHeight / 2;
  const scoreBaseY = encoderY + stateHeight / 2 + 0.35 + scoreHeight;
  y -= stateHeight + 0.1;
  const inputLines: 1 | 2 = !speech && T > 10 ? 2 : 1;
  const waveHeight = 1.5;
  let inputY: number;
  let frameNumberY = y;
  if (speech) {
    y -= 0.3;
    inputY = y - waveHeight / 2;
    y -= waveHeight;
    frameNumberY = y - 0.3;
    y -= 0.65;
  } else {
    // One input line: room for the encoder's two-line row name above the input's.
    if (inputLines === 1) y -= 0.3;
    inputY = y - 0.38;
    y -= 0.78 + (inputLines - 1) * linePitch;
  }
  // Speech: the phrase as one line of text above the matrix (its rows are too thin for a readable label each).
  const phraseY = speech ? y - 0.4 : y;
  if (speech) y -= 0.8;
  y -= 0.2;
  const matrixTop = y;
  const rightMargin = speech ? 1.1 : 0.4;
  const totalW = GUTTER_W + W + rightMargin;
  const footer = 0.85;
  const available = totalW / DESIGN_ASPECT - -matrixTop - footer;
  // Speech's rows carry no label each (the phrase line does), so they may be thinner, paying for the phrase line.
  const rowHeight = Math.min(0.7, Math.max(speech ? 0.2 : 0.24, available / Math.max(1, S)));
  const matrixBottom = matrixTop - S * rowHeight;
  // Speech's current-row label is a token tall (taller than a row): the footer keeps clear of it on the last row.
  const footerY = matrixBottom - (speech ? 0.55 : 0.45);
  // A label's sprite has ~15 % padding above and below, so it may be a little taller than its row; speech labels
  // only the current row in the gutter (the phrase reads above the matrix), so that one label keeps a row name's height.
  const rowLabelHeight = speech ? 0.64 : Math.min(0.64, 1.15 * rowHeight);
  return {
    T,
    S,
    speech,
    compute,
    width: W,
    gutterX: -W / 2 - 0.3,
    bannerY,
    outputY,
    outputLines,
    linePitch,
    contextY,
    decoderY,
    queryY,
    ribbonTop,
    scoreBaseY,
    scoreHeight,
    encoderY,
    stateHeight,
    inputY,
    inputLines,
    waveHeight,
    frameNumberY,
    phraseY,
    matrixTop,
    rowHeight,
    colWidth: W / Math.max(1, T),
    footerY,
    bannerHeight: 0.75,
    tokenHeight,
    nameHeight: 0.64,
    numberHeight: 0.56,
    rowLabelHeight,
    footerHeight: 0.64,
    // The board's bottom: the footer's half-height (0.32) and a margin; speech's is thinner (its footer sits lower).
    bounds: { min: [-W / 2 - GUTTER_W, footerY - (speech ? 0.34 : 0.4), 0], max: [W / 2 + rightMargin, 0.1, 0.4] },
  };
}

/** The x of input j (and of the matrix's column j). */
export function inputX(L: AttentionLayout, j: number): number {
  return -L.width / 2 + ((j + 0.5) * L.width) / L.T;
}

/** The x of output t. */
export function outputX(L: AttentionLayout, t: number): number {
  return -L.width / 2 + ((t + 0.5) * L.width) / L.S;
}

/** The centre y of the matrix's row k. */
export function matrixRowY(L: AttentionLayout, k: number): number {
  return L.matrixTop - (k + 0.5) * L.rowHeight;
}

/** A row name split in two lines when it would not fit the gutter (at the space nearest its middle). */
export function splitName(text: string, maxChars = 14): string[] {
  if (text.length <= maxChars) return [text];
  const spaces = [...text].map((c, i) => (c === ' ' ? i : -1)).filter((i) => i > 0);
  if (!spaces.length) return [text];
  const mid = text.length / 2;
  const cut = spaces.reduce((a, b) => (Math.abs(b - mid) < Math.abs(a - mid) ? b : a));
  return [text.slice(0, cut), text.slice(cut + 1)];
}

/** Points of the ribbon from output t's decoder side down to input j's encoder state (a cubic Bézier). */
export function ribbonPoint(L: AttentionLayout, t: number, j: number, s: number): [number, number] {
  const x0 = outputX(L, t);
  const x1 = inputX(L, j);
  const y0 = L.ribbonTop;
  const y1 = L.encoderY + L.stateHeight / 2;
  const ym = (y0 + y1) / 2;
  const u = 1 - s;
  const x = u * u * u * x0 + 3 * u * u * s * x0 + 3 * u * s * s * x1 + s * s * s * x1;
  const y = u * u * u * y0 + 3 * u * u * s * ym + 3 * u * s * s * ym + s * s * s * y1;
  return [x, y];
}
