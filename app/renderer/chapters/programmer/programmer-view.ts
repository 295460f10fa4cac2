/**
 * What the Neural Programmer scene shows for one frame, as plain numbers (no three.js, so it is unit-tested and
 * interpolated between frames). Neelakantan, Le & Sutskever 2016: Table 1 (each operation's own result) and
 * §2.4 (the soft mix); the hard evaluation (argmax operation and column) beside it.
 *
 * Stages of a step t: `select` shows α_op (bars) and α_col (column glow) over the row selector rs_(t−1) the
 * step reads; each operation's frame reveals that operation's own result (and the ones before it), lighting
 * the table cells it looks at; `mix` shows the mixed outputs (rs_t, scalar, lookup) for soft and hard.
 */
import type { Frame } from '#core/trace/trace.ts';
import { argmax } from '#core/models/programmer/program.ts';
import type { ProgrammerFrameData } from '#core/models/programmer/trace.ts';
import { OPERATIONS, PROGRAMMER_STAGES, type Operation, type OperationResults, type ProgrammerStage, type StepResult } from '#core/models/programmer/types.ts';

/** The frame type of a Neural Programmer trace. */
export type ProgrammerFrame = Frame<ProgrammerStage, ProgrammerFrameData>;

/** Operations whose own result is a number (they feed the scalar answer). */
export const SCALAR_OPERATIONS: readonly Operation[] = ['sum', 'count', 'difference'];

/** The index of a stage in {@link PROGRAMMER_STAGES}: 0 is `select`, 1 … 9 the operations, 10 `mix`. */
export function stageIndex(stage: string): number {
  return Math.max(0, PROGRAMMER_STAGES.indexOf(stage as ProgrammerStage));
}

/** One operation's own result: a number, or one value per row (greater/lesser folded by α_col). */
export function ownResult(ops: OperationResults, op: Operation): number | Float64Array {
  switch (op) {
    case 'sum':
      return ops.sum;
    case 'count':
      return ops.count;
    case 'difference':
      return ops.difference;
    default:
      return ops[op];
  }
}

/** The numbers drawn for one frame (every array has a fixed length for a given table, so frames interpolate). */
export interface ProgrammerDisplay {
  readonly rows: number;
  readonly columns: number;
  /** α_col: the glow of each column. */
  readonly columnGlow: number[];
  /** α_op: the height of each operation's bar. */
  readonly opBars: number[];
  /** 1 for the operation whose frame this is. */
  readonly opActive: number[];
  /** 1 for the operations whose own result is revealed (those up to this frame's; all at the mix). */
  readonly opRevealed: number[];
  /** The highlight across each row: rs_(t−1) while the operations read it, rs_t (soft) at the mix. */
  readonly rowBand: number[];
  /** rs_(t−1), the selector the step reads (left of the table). */
  readonly rowsIn: number[];
  /** rs_t of the soft mix (right of the table); 0 before the mix. */
  readonly rowsOut: number[];
  /** How much each cell (row-major M × C) is lit by the current operation. */
  readonly cellLight: number[];
  /** 1 at the mix: the answer cards are on. */
  readonly answerOn: number;
  /** Soft and hard rs_t and lookup (0 before the mix). */
  readonly softRows: number[];
  readonly hardRows: number[];
  readonly softLookup: number[];
  readonly hardLookup: number[];
}

const zeros = (n: number): number[] => new Array<number>(n).fill(0);

/** The cells an operation looks at, lit in [0, 1] (row-major M × C). */
export function cellLightOf(stage: ProgrammerStage, soft: StepResult, rows: number, columns: number): number[] {
  const ops = soft.operations;
  const rs = soft.previousRowSelector;
  const col = soft.weights.column;
  const lit = zeros(rows * columns);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      const k = i * columns + j;
      switch (stage) {
        case 'sum':
        case 'assign':
          // The selected rows' cells, each column by its weight: what sum adds up and assign copies.
          lit[k] = rs[i]! * col[j]!;
          break;
        case 'greater':
          lit[k] = ops.greaterCells[k]!;
          break;
        case 'lesser':
          lit[k] = ops.lesserCells[k]!;
          break;
        case 'mix':
          lit[k] = soft.lookup[k]!;
          break;
        default:
          lit[k] = 0;
      }
    }
  }
  return lit;
}

/** The display of a frame. */
export function programmerDisplay(frame: ProgrammerFrame): ProgrammerDisplay {
  const { soft, hard, table } = frame.data;
  const M = table.rows;
  const C = table.columns;
  const s = stageIndex(frame.stage);
  const mix = frame.stage === 'mix';
  const opIndex = s - 1;
  return {
    rows: M,
    columns: C,
    columnGlow: Array.from(frame.data.weights.column),
    opBars: Array.from(frame.data.weights.op),
    opActive: OPERATIONS.map((_, k) => (k === opIndex ? 1 : 0)),
    opRevealed: OPERATIONS.map((_, k) => (mix || k <= opIndex ? 1 : 0)),
    rowBand: Array.from(mix ? soft.rowSelector : soft.previousRowSelector),
    rowsIn: Array.from(soft.previousRowSelector),
    rowsOut: mix ? Array.from(soft.rowSelector) : zeros(M),
    cellLight: cellLightOf(frame.stage, soft, M, C),
    answerOn: mix ? 1 : 0,
    softRows: mix ? Array.from(soft.rowSelector) : zeros(M),
    hardRows: mix ? Array.from(hard.rowSelector) : zeros(M),
    softLookup: mix ? Array.from(soft.lookup) : zeros(M * C),
    hardLookup: mix ? Array.from(hard.lookup) : zeros(M * C),
  };
}

function mixArrays(a: readonly number[], b: readonly number[], t: number): number[] {
  if (a.length !== b.length) return [...b];
  return b.map((x, i) => a[i]! + (x - a[i]!) * t);
}

/** The display between two frames' displays, at eased progress t ∈ [0, 1] (the target's when shapes differ). */
export function mixDisplay(a: ProgrammerDisplay, b: ProgrammerDisplay, t: number): ProgrammerDisplay {
  if (t >= 1 || a.rows !== b.rows || a.columns !== b.columns) return b;
  return {
    rows: b.rows,
    columns: b.columns,
    columnGlow: mixArrays(a.columnGlow, b.columnGlow, t),
    opBars: mixArrays(a.opBars, b.opBars, t),
    opActive: mixArrays(a.opActive, b.opActive, t),
    opRevealed: mixArrays(a.opRevealed, b.opRevealed, t),
    rowBand: mixArrays(a.rowBand, b.rowBand, t),
    rowsIn: mixArrays(a.rowsIn, b.rowsIn, t),
    rowsOut: mixArrays(a.rowsOut, b.rowsOut, t),
    cellLight: mixArrays(a.cellLight, b.cellLight, t),
    answerOn: a.answerOn + (b.answerOn - a.answerOn) * t,
    softRows: mixArrays(a.softRows, b.softRows, t),
    hardRows: mixArrays(a.hardRows, b.hardRows, t),
    softLookup: mixArrays(a.softLookup, b.softLookup, t),
    hardLookup: mixArrays(a.hardLookup, b.hardLookup, t),
  };
}

/** The hard evaluation's choice at a step: the argmax operation and column (first on ties, as the core). */
export function hardChoice(data: ProgrammerFrameData): { op: Operation; column: number } {
  return { op: OPERATIONS[argmax(data.weights.op)]!, column: argmax(data.weights.column) };
}

/** The frame's numbers as plain arrays, for `window.atenea.state()`. */
export function programmerSnapshot(frame: ProgrammerFrame): Record<string, unknown> {
  const d = frame.data;
  const result = (r: StepResult) => ({
    scalar: r.scalar,
    rowSelector: Array.from(r.rowSelector),
    lookup: Array.from(r.lookup),
    previousRowSelector: Array.from(r.previousRowSelector),
    opWeights: Array.from(r.weights.op),
    columnWeights: Array.from(r.weights.column),
    operations: Object.fromEntries(
      OPERATIONS.map((op) => {
        const v = ownResult(r.operations, op);
        return [op, typeof v === 'number' ? v : Array.from(v)];
      }),
    ),
    sumPerColumn: Array.from(r.operations.sumPerColumn),
  });
  const choice = hardChoice(d);
  return {
    t: d.t,
    steps: d.steps,
    stage: frame.stage,
    question: { ...d.question },
    pivot: d.pivot,
    rows: d.table.rows,
    columns: d.table.columns,
    columnNames: [...d.table.columnNames],
    table: Array.from(d.table.data),
    opWeights: Array.from(d.weights.op),
    columnWeights: Array.from(d.weights.column),
    hardOperation: choice.op,
    hardColumn: d.table.columnNames[choice.column],
    soft: result(d.soft),
    hard: result(d.hard),
  };
}
