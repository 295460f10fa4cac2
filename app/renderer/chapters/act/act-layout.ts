/**
 * Where the ACT scene puts things (world units, y up, the board in the z = 0 plane). Input steps t run along
 * the time axis (x); above each, its ponder steps n = 1 … N(t) stack up as rows: the halting bar hⁿ on the
 * left, the state sⁿ as a row of D cells, and a fan of beams on the right that carries pⁿ sⁿ down into the
 * step's output s_t (and y_t) under the axis. The budget of 1 is a bar above the stack of the current step.
 * Pure numbers from the trace: the scene and its camera framing both read this.
 */
import type { ActTrace } from '#core/models/act/run.ts';
import { fitBoard, flatBounds } from '../../scene/fit-board.ts';
import { LECTURE_VIEWS, MIN_LECTURE_TEXT_PX, labelLineBox, pixelsPerUnit } from '../../scene/screen-size.ts';
import type { CameraPose } from '../chapter.ts';

/** Widths along x inside one column (one input step). */
export const H_BAR_MAX = 1.6;
const GAP = 0.3;
/** Width of a state row (all D cells together) when its cells carry no numbers (D > 4). */
export const ROW_WIDTH = 2.8;
/**
 * Width of one cell when the cells carry their values (D ≤ 4): wide enough for "−0,25" at the lecture size
 * (act-legibility.test.ts: ≥ 22 px at 1080p); at 1080p a column is limited by its height, so the wider row costs
 * no scale there.
 */
export const NUMBERED_CELL_WIDTH = 1.3;
/** The most state units whose values are written on the cells. */
export const MAX_NUMBERED_STATE = 4;
/** Width of the fan of beams to the right of the rows. */
export const BUS_WIDTH = 1.2;
/** Space between columns: the row labels (hⁿ = …) sit in it, right-aligned against the bars. */
const COLUMN_GAP = 2.8;
/** Height of an output row under the axis. */
export const OUTPUT_ROW_HEIGHT = 0.7;

/** The layout of one trace. */
export interface ActLayout {
  /** Input steps T. */
  readonly steps: number;
  /** N(t) per input step. */
  readonly ponderSteps: readonly number[];
  /** The most ponder steps of any input step. */
  readonly maxPonder: number;
  /** State width D and output width O (0 when the scenario gives no outputs). */
  readonly stateSize: number;
  readonly outputSize: number;
  /** Width of a state row (all D cells) and of one column. */
  readonly rowWidth: number;
  readonly columnWidth: number;
  /** Height of one ponder row (smaller when stacks are tall, so the tallest stays on screen). */
  readonly rowHeight: number;
  /** Height of the labels drawn beside rows and bars. */
  readonly labelHeight: number;
  /** Largest |value| of any state or output (the colour map's range). */
  readonly range: number;
  /** y of the time axis, the input labels, the s_t row and the y_t row (centres). */
  readonly axisY: number;
  readonly inputLabelY: number;
  readonly stateOutY: number;
  readonly outputOutY: number;
}

/** N(t) for each input step, from the combine frames. */
export function ponderStepsOf(trace: ActTrace): number[] {
  const steps = new Array<number>(trace.steps).fill(0);
  for (const f of trace.frames) {
    const d = f.data;
    if (d.kind === 'combine') steps[f.step] = d.steps;
  }
  return steps;
}

/** The layout of a trace. */
export function actLayout(trace: ActTrace): ActLayout {
  const ponderSteps = ponderStepsOf(trace);
  const maxPonder = Math.max(1, ...ponderSteps);
  let stateSize = 1;
  let outputSize = 0;
  let range = 0;
  for (const f of trace.frames) {
    const d = f.data;
    if (d.kind !== 'combine') continue;
    stateSize = Math.max(stateSize, d.state.length);
    outputSize = Math.max(outputSize, d.output.length);
    for (const row of [...d.states, ...d.outputs, d.state, d.output]) for (const x of row) range = Math.max(range, Math.abs(x));
  }
  const rowHeight = maxPonder <= 8 ? 1 : Math.max(0.3, 8 / maxPonder);
  const labelHeight = rowHeight >= 1 ? 0.46 : 0.5;
  const stateOutY = -1.5;
  const rowWidth = stateSize <= MAX_NUMBERED_STATE ? Math.max(ROW_WIDTH, NUMBERED_CELL_WIDTH * stateSize) : ROW_WIDTH;
  return {
    steps: trace.steps,
    ponderSteps,
    maxPonder,
    stateSize,
    outputSize,
    rowWidth,
    columnWidth: H_BAR_MAX + GAP + rowWidth + BUS_WIDTH + COLUMN_GAP,
    rowHeight,
    labelHeight,
    range: range || 1,
    axisY: -0.15,
    inputLabelY: -0.62,
    stateOutY,
    outputOutY: stateOutY - OUTPUT_ROW_HEIGHT - 0.25,
  };
}

/** Left edge of column t. */
export function columnX(L: ActLayout, t: number): number {
  return t * L.columnWidth;
}

/** Left edge of the halting bars of column t (they grow to the right, length ∝ h). */
export function barX(L: ActLayout, t: number): number {
  return columnX(L, t);
}

/** Left edge of the state rows of column t. */
export function rowX(L: ActLayout, t: number): number {
  return columnX(L, t) + H_BAR_MAX + GAP;
}

/** Centre y of ponder row n (from 1). */
export function rowY(L: ActLayout, n: number): number {
  return (n - 0.5) * L.rowHeight;
}

/** The fan's beam from ponder row n (from 1) of column t down into the output row s_t: [x0, y0, x1, y1]. */
export function fanBeam(L: ActLayout, t: number, n: number): [number, number, number, number] {
  const x = rowX(L, t) + L.rowWidth + 0.1;
  return [x, rowY(L, n), x + BUS_WIDTH, L.stateOutY];
}

/** The collector from where the fan meets back into the output row s_t: [x0, y0, x1, y1]. */
export function collectorBeam(L: ActLayout, t: number): [number, number, number, number] {
  return [rowX(L, t) + L.rowWidth + 0.1 + BUS_WIDTH, L.stateOutY, rowX(L, t) + L.rowWidth + 0.02, L.stateOutY];
}

/** The widest a beam is drawn (act-scene.ts: 0.03 + 0.3 pⁿ for pⁿ ≤ 1; the collector 0.16). */
export const MAX_BEAM_WIDTH = 0.33;

/** Top of the stack of column t. */
export function stackTop(L: ActLayout, t: number): number {
  return (L.ponderSteps[t] ?? 1) * L.rowHeight;
}

/** y of the budget bar above column t, and its length (the budget of 1 spans the bars and the rows). */
export function budgetBar(L: ActLayout, t: number): { y: number; x: number; length: number } {
  return { y: Math.max(stackTop(L, t), 2) + 2.0, x: columnX(L, t), length: H_BAR_MAX + GAP + L.rowWidth };
}

/** Bounds of column t, budget bar, labels and outputs included: [x0, y0, x1, y1]. */
export function columnBounds(L: ActLayout, t: number): [number, number, number, number] {
  const b = budgetBar(L, t);
  const bottom = (L.outputSize > 0 ? L.outputOutY : L.stateOutY) - OUTPUT_ROW_HEIGHT / 2 - 0.5;
  return [columnX(L, t) - 2.7, bottom - 0.7, columnX(L, t) + L.columnWidth - COLUMN_GAP + 2.4, b.y + 1.9];
}

/** The columns' bounds together: [x0, y0, x1, y1]. */
function columnsBounds(L: ActLayout): [number, number, number, number] {
  let top = 0;
  for (let t = 0; t < L.steps; t++) top = Math.max(top, columnBounds(L, t)[3]);
  const first = columnBounds(L, 0);
  const last = columnBounds(L, Math.max(0, L.steps - 1));
  return [first[0], first[1] - 0.6, last[2], top];
}

/**
 * World height of the overview's labels (the inputs under the stacks, N over them, the title): their text comes
 * out ≥ 22 px in the 1080p lecture view (10 % to spare), measured where the board is farthest from the camera.
 */
export function overviewLabelHeight(L: ActLayout): number {
  const view = LECTURE_VIEWS['1920x1080'];
  const [x0, y0, x1, y1] = columnsBounds(L);
  const pose = fitBoard(flatBounds([x0, y0, x1, y1]), view.width / view.height, { direction: [0.1, 0.08, 1] });
  const ppu = Math.min(...[x0, x1].flatMap((x) => [y0, y1].map((y) => pixelsPerUnit(pose, view, [x, y, 0]))));
  return (1.1 * MIN_LECTURE_TEXT_PX * labelLineBox(false)) / ppu;
}

/**
 * Bounds of the whole board, the overview's labels included (two lines of input labels under the outputs, the
 * current column's N over its budget bar): [x0, y0, x1, y1].
 */
export function boardBounds(L: ActLayout): [number, number, number, number] {
  const [x0, y0, x1, y1] = columnsBounds(L);
  let top = y1;
  for (let t = 0; t < L.steps; t++) top = Math.max(top, overviewStepsY(L, t, true) + overviewLabelHeight(L) / 2 + 0.1);
  return [x0, Math.min(y0, overviewLabelBottom(L)), x1, top];
}

/** The centre y of the overview's "N = …" over column t: over the stack, or over the budget bar where it is drawn. */
export function overviewStepsY(L: ActLayout, t: number, budgetShown: boolean): number {
  const h = overviewLabelHeight(L);
  // The budget's plate is 0.58 tall, its 1 − ε tick 0.95 (act-scene.ts): the label clears the tick.
  return (budgetShown ? budgetBar(L, t).y + 0.5 : stackTop(L, t) + 0.35) + h / 2;
}

/** The top of the overview's input labels: under the output rows, where no beam or axis runs. */
export function overviewLabelTop(L: ActLayout): number {
  return (L.outputSize > 0 ? L.outputOutY : L.stateOutY) - OUTPUT_ROW_HEIGHT / 2 - 0.3;
}

/** The bottom of the overview's input labels (two lines: the input's name, then parity's non-zero count). */
function overviewLabelBottom(L: ActLayout): number {
  return overviewLabelTop(L) - 2 * overviewLabelHeight(L) - 0.3;
}

/**
 * The camera for column `step` (null: the overview of the whole board) at a view aspect: every corner of its
 * bounds in view, seen a little from the right and above (scene/fit-board.ts).
 */
export function actFraming(L: ActLayout, step: number | null, aspect: number): CameraPose {
  return fitBoard(flatBounds(step === null ? boardBounds(L) : columnBounds(L, step)), aspect, { direction: [0.1, 0.08, 1] });
}
