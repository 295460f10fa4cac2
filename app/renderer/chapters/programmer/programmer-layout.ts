/**
 * Where the Neural Programmer scene puts things (world units), as a pure function of the table's shape: the
 * table on the left between the row selector it reads (rs_(t−1), left) and the one it makes (rs_t, right);
 * to its right the row of operation bars (α_op), each operation's own result below its bar, and at the bottom
 * the soft and hard answers side by side.
 */
import { OPERATION_COUNT } from '#core/models/programmer/types.ts';

/** The most rows drawn (a longer table shows its first rows and a "more rows" note; its numbers are exact). */
export const MAX_DRAWN_ROWS = 16;

/** Positions derived from the table's shape. */
export interface ProgrammerLayout {
  /** Rows drawn (≤ {@link MAX_DRAWN_ROWS}) and columns. */
  readonly rows: number;
  readonly columns: number;
  /** Row pitch and cell height. */
  readonly rowH: number;
  readonly cellH: number;
  /** Column pitch and cell width. */
  readonly colW: number;
  readonly cellW: number;
  /** x of the rs_(t−1) and rs_t columns, and their cell width. */
  readonly rsInX: number;
  readonly rsOutX: number;
  readonly rsCellW: number;
  /** y of the column names and of their α_col labels. */
  readonly headerY: number;
  readonly alphaY: number;
  /** Operation slots: pitch, bar baseline, height of a weight of 1, y of the name rows. */
  readonly opW: number;
  readonly barY: number;
  readonly barH: number;
  readonly nameY: readonly [number, number];
  /** Top of each operation's own result and the height of one of its mini cells. */
  readonly resultY: number;
  readonly miniH: number;
  /** The answer cards: top, bottom, and the x range of each (soft first, hard second). */
  readonly cardTop: number;
  /**
   * Lines inside a card, as offsets from its top: the title, the hard card's choice ("greater on X"), the answer,
   * the row selector's mini cells and the lookup's (the first of its columns).
   */
  readonly cardLines: { readonly title: number; readonly choice: number; readonly answer: number; readonly rows: number; readonly lookup: number };
  readonly cardBottom: number;
  readonly cards: readonly [readonly [number, number], readonly [number, number]];
  /** y of the title line (stage banner) and of the question under it (each on its own line: they never meet). */
  readonly titleY: number;
  readonly questionY: number;
  /**
   * Label heights (world units; the board is about 62 px per unit in the 1920×1080 view, and a label's type is
   * 1/1.3 of its height, so 0.5 gives 24 px): `value` is a number on a panel (type 1/1.5 of its height).
   */
  readonly text: {
    readonly title: number;
    readonly cell: number;
    readonly name: number;
    readonly small: number;
    readonly value: number;
    readonly answer: number;
  };
  /** Bounds of everything drawn, for framing. */
  readonly bounds: { readonly min: readonly [number, number]; readonly max: readonly [number, number] };
}

/** x of table column j. */
export function columnX(L: ProgrammerLayout, j: number): number {
  return L.rsInX + L.rsCellW / 2 + 0.35 + L.colW * (j + 0.5);
}

/** y of row i's centre. */
export function rowY(L: ProgrammerLayout, i: number): number {
  return -(i + 0.5) * L.rowH;
}

/** x of operation slot k. */
export function opX(L: ProgrammerLayout, k: number): number {
  return L.rsOutX + L.rsCellW / 2 + 1.3 + L.opW * (k + 0.5);
}

/** The layout of a table with `rows` rows and `columns` columns. */
export function programmerLayout(rows: number, columns: number): ProgrammerLayout {
  const drawn = Math.max(1, Math.min(rows, MAX_DRAWN_ROWS));
  const rowH = Math.min(1.0, 8 / drawn);
  const colW = columns <= 3 ? 1.9 : Math.max(0.9, 6.4 / columns);
  const rsCellW = 0.9;
  const rsInX = 0;
  const tableRight = rsInX + rsCellW / 2 + 0.35 + colW * columns;
  const rsOutX = tableRight + 0.35 + rsCellW / 2;
  const base: Omit<ProgrammerLayout, 'cards' | 'bounds'> = {
    rows: drawn,
    columns,
    rowH,
    cellH: rowH * 0.8,
    colW,
    cellW: colW * 0.86,
    rsInX,
    rsOutX,
    rsCellW,
    headerY: 0.55,
    alphaY: 1.25,
    opW: 1.45,
    barY: -0.6,
    barH: 2.3,
    nameY: [-0.95, -1.55],
    resultY: -2.1,
    miniH: Math.min(0.28, 2.3 / drawn),
    cardTop: -4.6,
    cardLines: { title: -0.45, choice: -1.0, answer: -1.72, rows: -2.55, lookup: -3.1 },
    cardBottom: Math.min(-drawn * rowH, -8.3),
    titleY: 4.75,
    questionY: 3.95,
    text: { title: 0.6, cell: 0.6, name: 0.52, small: 0.5, value: 0.58, answer: 0.66 },
  };
  const x0 = opX(base as ProgrammerLayout, 0) - base.opW / 2;
  const x1 = opX(base as ProgrammerLayout, OPERATION_COUNT - 1) + base.opW / 2;
  const mid = (x0 + x1) / 2;
  return {
    ...base,
    cards: [
      [x0, mid - 0.15],
      [mid + 0.15, x1],
    ],
    bounds: { min: [rsInX - 0.8, base.cardBottom - 0.95], max: [x1 + 0.1, base.titleY + 0.45] },
  };
}
