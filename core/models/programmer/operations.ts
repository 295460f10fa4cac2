/**
 * The nine built-in operations of the Neural Programmer, each on its own, in float64
 * (Neelakantan, Le & Sutskever 2016, Table 1). Every operation reads the previous row selectors and scalars;
 * none reads α except where Table 1 folds the column choice in (sum, greater, lesser are per column here and
 * the column weighting is applied by {@link runOperations}).
 */
import { weightedSumOfRows } from '../../math/vector.ts';
import type { OperationResults, ProgrammerTable, StepWeights } from './types.ts';

/** sum_t(j) = Σ_i rs_(t−1)(i)·table(i, j) for every column j (Table 1, "Sum"). */
export function sumColumns(table: ProgrammerTable, rowSelector: Float64Array): Float64Array {
  return weightedSumOfRows(rowSelector, table.data, table.columns);
}

/** count_t = Σ_i rs_(t−1)(i) (Table 1, "Count"). */
export function countRows(rowSelector: Float64Array): number {
  let s = 0;
  for (let i = 0; i < rowSelector.length; i++) s += rowSelector[i]!;
  return s;
}

/** diff_t = scalar_(t−3) − scalar_(t−1) (Table 1, "Difference"). */
export function difference(scalarTminus3: number, scalarTminus1: number): number {
  return scalarTminus3 - scalarTminus1;
}

/** g(i, j) = 1 when table(i, j) > pivot, else 0 (Table 1, "Greater"); row-major M × C. */
export function greaterCells(table: ProgrammerTable, pivot: number): Float64Array {
  const out = new Float64Array(table.data.length);
  for (let k = 0; k < out.length; k++) out[k] = table.data[k]! > pivot ? 1 : 0;
  return out;
}

/** l(i, j) = 1 when table(i, j) < pivot, else 0 (Table 1, "Lesser"); row-major M × C. */
export function lesserCells(table: ProgrammerTable, pivot: number): Float64Array {
  const out = new Float64Array(table.data.length);
  for (let k = 0; k < out.length; k++) out[k] = table.data[k]! < pivot ? 1 : 0;
  return out;
}

/** Σ_j α_col(j)·cells(i, j) for every row: a comparison folded into a row selector (§2.4). */
export function weighColumns(cells: Float64Array, rows: number, columnWeights: Float64Array): Float64Array {
  const columns = columnWeights.length;
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let s = 0;
    for (let j = 0; j < columns; j++) s += columnWeights[j]! * cells[i * columns + j]!;
    out[i] = s;
  }
  return out;
}

/** and(i) = min(rs_(t−1)(i), rs_(t−2)(i)) (Table 1, "And"). */
export function andRows(previous: Float64Array, previous2: Float64Array): Float64Array {
  return previous.map((r, i) => Math.min(r, previous2[i]!));
}

/** or(i) = max(rs_(t−1)(i), rs_(t−2)(i)) (Table 1, "Or"). */
export function orRows(previous: Float64Array, previous2: Float64Array): Float64Array {
  return previous.map((r, i) => Math.max(r, previous2[i]!));
}

/** (α_col)ᵀ v: the column-weighted value of a per-column vector. */
export function weighedByColumn(perColumn: Float64Array, columnWeights: Float64Array): number {
  let s = 0;
  for (let j = 0; j < perColumn.length; j++) s += columnWeights[j]! * perColumn[j]!;
  return s;
}

/** What step t reads from the steps before it. */
export interface StepHistory {
  /** rs_(t−1), length M. */
  readonly rowSelector: Float64Array;
  /** rs_(t−2), length M. */
  readonly rowSelector2: Float64Array;
  /** scalar_(t−1). */
  readonly scalar: number;
  /** scalar_(t−3). */
  readonly scalar3: number;
}

/** Runs every operation of Table 1 on the history, each on its own (the comparisons weighed by α_col). */
export function runOperations(table: ProgrammerTable, pivot: number, weights: StepWeights, history: StepHistory): OperationResults {
  const sumPerColumn = sumColumns(table, history.rowSelector);
  const g = greaterCells(table, pivot);
  const l = lesserCells(table, pivot);
  return {
    sumPerColumn,
    sum: weighedByColumn(sumPerColumn, weights.column),
    count: countRows(history.rowSelector),
    difference: difference(history.scalar3, history.scalar),
    greaterCells: g,
    greater: weighColumns(g, table.rows, weights.column),
    lesserCells: l,
    lesser: weighColumns(l, table.rows, weights.column),
    and: andRows(history.rowSelector, history.rowSelector2),
    or: orRows(history.rowSelector, history.rowSelector2),
    assign: Float64Array.from(history.rowSelector),
    reset: new Float64Array(table.rows).fill(1),
  };
}
