/**
 * Where the NTM scene puts things (world units), as a pure function of N and M: the addressing rows on a
 * vertical board, the memory tape on the floor in front of it, the key to its left, r, e and a to its right.
 * Slot i has the same x in every row and in the memory, so a weight sits right above the slot it addresses.
 */

/** The addressing rows, top to bottom, and the stage at which each appears. */
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
  /** Floor y of the memory tape; memory bars grow up (positive) or down (negative) from it. */
  readonly memoryY: number;
  /** Height of a memory value of ±range. */
  readonly memoryHeight: number;
  /** Depth between the cells of a slot. */
  readonly dz: number;
  /** z of the first cell. */
  readonly z0: number;
  /** x of the key column (left of the tape) and of r, e, a (right of it). */
  readonly keyX: number;
  readonly readX: number;
  readonly eraseX: number;
  readonly addX: number;
  /** x where row titles end (right-aligned there). */
  readonly titleX: number;
  /** Bounds of everything drawn, for framing. */
  readonly bounds: { readonly min: readonly [number, number, number]; readonly max: readonly [number, number, number] };
}

/** x of slot i. */
export function slotX(layout: NtmLayout, i: number): number {
  return (i - (layout.n - 1) / 2) * layout.dx;
}

/** z of cell j of a slot. */
export function cellZ(layout: NtmLayout, j: number): number {
  return layout.z0 + j * layout.dz;
}

/** Whether numbers are written on the bars (N ≤ 32; larger N shows them on hover). */
export function showsNumbers(n: number): boolean {
  return n <= 32;
}

/** The layout for N slots of width M. */
export function ntmLayout(n: number, m: number, hasHeatmaps: boolean): NtmLayout {
  const dx = Math.min(1.15, 12 / Math.max(1, n));
  const width = dx * Math.max(1, n);
  const pitch = 1.6;
  const base = 0.9;
  const rowY = {
    content: base + 4 * pitch,
    previous: base + 3 * pitch,
    interpolate: base + 2 * pitch,
    shift: base + pitch,
    sharpen: base,
  };
  const dz = Math.min(0.75, 4.5 / Math.max(1, m));
  const half = width / 2;
  const readX = half + 1.3;
  const layout = {
    n,
    m,
    dx,
    width,
    barHeight: 1.0,
    rowY,
    memoryY: -1.3,
    memoryHeight: 0.9,
    dz,
    z0: 0.9,
    keyX: -half - 1.3,
    readX,
    eraseX: readX + 1.3,
    addX: readX + 2.6,
    titleX: -half - 0.5,
    bounds: {
      min: [-half - 6.2, -2.6, 0] as const,
      max: [readX + 3.4 + (hasHeatmaps ? 5.5 : 0), rowY.content + 1.9, 0.9 + dz * m] as const,
    },
  };
  return layout;
}
