/**
 * Where the NTM scene puts things (world units), as a pure function of N and M: the addressing rows stacked
 * on a board, the memory tape right below them (slot i is a column of M cells at the same x as its weights,
 * each cell a block whose depth and colour show the value), the key to the memory's left, r, e and a to its
 * right, and (for multi-step runs) the weightings over time to the right of the rows.
 */

/** The addressing rows, top to bottom, and the stage index at which each gets its values. */
export const ROWS = [
  { id: 'content', stage: 0 },
  { id: 'previous', stage: 0 },
  { id: 'interpolate', stage: 1 },
  { id: 'shift', stage: 2 },
  { id: 'sharpen', stage: 3 },
] as const;
/** One of the addressing rows. */
export type RowId = (typeof ROWS)[number]['id'];

/** Positions derived from N and M. */
export interface NtmLayout {
  readonly n: number;
  readonly m: number;
  /** Distance between slots. */
  readonly dx: number;
  /** Total width of the slots. */
  readonly width: number;
  /** Height of a weight of 1. */
  readonly barHeight: number;
  /** Baseline y of each row. */
  readonly rowY: Readonly<Record<RowId, number>>;
  /** Height of one memory cell; cell j of a slot is centred at `cellY(j)`. */
  readonly cellHeight: number;
  /** Depth of a memory block of |value| = range (blocks grow towards the viewer). */
  readonly memoryDepth: number;
  /** x of the key column (left of the tape) and of r, e, a (right of it). */
  readonly keyX: number;
  readonly readX: number;
  readonly eraseX: number;
  readonly addX: number;
  /** x where row titles end (right-aligned there). */
  readonly titleX: number;
  /** Centre x of the heat maps (when shown), their width and height. */
  readonly heatX: number;
  readonly heatWidth: number;
  readonly heatHeight: number;
  /** Height of number labels over the bars, on the memory blocks and on k, r, e, a. */
  readonly numberHeight: number;
  readonly memoryNumberHeight: number;
  readonly vectorNumberHeight: number;
  /** Bounds of everything drawn, for framing. */
  readonly bounds: { readonly min: readonly [number, number, number]; readonly max: readonly [number, number, number] };
}

/** x of slot i. */
export function slotX(layout: NtmLayout, i: number): number {
  return (i - (layout.n - 1) / 2) * layout.dx;
}

/** Centre y of cell j of every slot (cell 0 on top, just below the rows). */
export function cellY(layout: NtmLayout, j: number): number {
  return -(j + 0.5) * layout.cellHeight;
}

/** Whether numbers are written on the bars (N ≤ 32; larger N shows them on hover). */
export function showsNumbers(n: number): boolean {
  return n <= 32;
}

/**
 * Whether the values are written on the bars, the memory blocks and k, r, e, a (N ≤ 12): a slot is then at least
 * one world unit wide, room for a two-decimal number at the lecture size (≥ 22 px at 1080p,
 * ntm-legibility.test.ts). With more slots the numbers could not be read from the hall: the colours and heights
 * carry them, the hover read-out gives each one.
 */
export function writesValues(n: number): boolean {
  return n <= 12;
}

/** World height of the numbers laid over the memory blocks and k, r, e, a (with a panel, or bare for whole numbers). */
export const CELL_NUMBER_HEIGHT = 0.58;

/** The layout for N slots of width M. */
export function ntmLayout(n: number, m: number, hasHeatmaps: boolean): NtmLayout {
  // Up to 8 slots a slot is 1.45 wide, room for "−0,25" at the lecture size; the tape stays 12 wide beyond.
  const dx = Math.min(1.45, 12 / Math.max(1, n));
  const width = dx * Math.max(1, n);
  const pitch = 1.55;
  const base = 0.85;
  const rowY = {
    content: base + 4 * pitch,
    previous: base + 3 * pitch,
    interpolate: base + 2 * pitch,
    shift: base + pitch,
    sharpen: base,
  };
  const cellHeight = Math.min(0.62, 5.2 / Math.max(1, m));
  const half = width / 2;
  const readX = half + 1.15;
  const heatWidth = hasHeatmaps ? 5.6 : 0;
  const heatX = half + 1.2 + heatWidth / 2;
  const bottom = -m * cellHeight;
  return {
    n,
    m,
    dx,
    width,
    barHeight: 0.95,
    rowY,
    cellHeight,
    memoryDepth: 0.9,
    keyX: -half - 1.1,
    readX,
    // Columns 1.45 apart: room for "−0,25" on a panel at the lecture size.
    eraseX: readX + 1.45,
    addX: readX + 2.9,
    titleX: -half - 0.45,
    heatX,
    heatWidth,
    heatHeight: 2.5,
    numberHeight: Math.min(0.6, dx * 0.6),
    memoryNumberHeight: CELL_NUMBER_HEIGHT,
    vectorNumberHeight: CELL_NUMBER_HEIGHT,
    bounds: {
      min: [-half - 4.9, bottom - (n <= 32 ? 1.25 : 0.7), 0],
      max: [Math.max(readX + 3.35, hasHeatmaps ? heatX + heatWidth / 2 + 0.9 : 0), rowY.content + 2.0, 0.9],
    },
  };
}
