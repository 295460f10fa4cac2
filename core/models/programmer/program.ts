/**
 * The Neural Programmer run over T steps in float64: every operation runs and the results are mixed by the
 * step's weights (soft evaluation, Neelakantan, Le & Sutskever 2016, §2.4), or the argmax operation and column
 * are taken (hard evaluation, what the paper does at test time).
 *
 * Readings of the paper chosen here (README, "Neural Programmer"):
 * - Mix (§2.4): scalar_t = α_op(sum)·(α_col)ᵀ sum_t + α_op(count)·count_t + α_op(difference)·diff_t;
 *   rs_t(i) = α_op(and)·and_t(i) + α_op(or)·or_t(i) + α_op(reset)·1 + α_op(greater)·Σ_j α_col(j)·g_t(i, j)
 *   + α_op(lesser)·Σ_j α_col(j)·l_t(i, j); lookup_t(i, j) = α_col(j)·α_op(assign)·rs_(t−1)(i).
 *   So an operation of one type leaves the other outputs at 0 (a step that counts has rs_t = 0).
 * - Difference is Table 1's diff_t = scalar_(t−3) − scalar_(t−1) (the earlier scalar minus the later one).
 * - Initial values: rs_0 = all ones; the selector before it, rs_(−1) (read by and/or at t = 1), is also all
 *   ones (the program starts with every row selected); scalar_0 = scalar_(−1) = scalar_(−2) = 0.
 * - One pivot serves both comparisons (the paper computes pivot_g and pivot_l from the question's numbers;
 *   a question here has one number).
 * - Hard evaluation: α_op and α_col replaced by one-hot vectors at their argmax (the first on ties), then the
 *   same equations; its history (rs, scalars) is its own.
 */
import { argmax } from '../../math/vector.ts';
import { runOperations, type StepHistory } from './operations.ts';
import {
  OPERATION_COUNT,
  operationIndex,
  type EvaluationMode,
  type OperationResults,
  type ProgramInput,
  type ProgramOutputs,
  type ProgrammerTable,
  type StepOutputs,
  type StepResult,
  type StepWeights,
} from './types.ts';

/** The index of the largest entry (the first on ties), from core/math/vector.ts. */
export { argmax };

/** A one-hot vector of length n with a 1 at `index`. */
export function oneHot(n: number, index: number): Float64Array {
  const v = new Float64Array(n);
  v[index] = 1;
  return v;
}

/** Hard selection: α_op and α_col replaced by one-hot vectors at their argmax. */
export function hardenWeights(weights: StepWeights): StepWeights {
  return { op: oneHot(weights.op.length, argmax(weights.op)), column: oneHot(weights.column.length, argmax(weights.column)) };
}

/** Mixes the operations' results by α_op and α_col into the step's scalar, row selector and lookup (§2.4). */
export function mixOutputs(table: ProgrammerTable, weights: StepWeights, ops: OperationResults): StepOutputs {
  const a = (name: Parameters<typeof operationIndex>[0]): number => weights.op[operationIndex(name)]!;
  const scalar = a('sum') * ops.sum + a('count') * ops.count + a('difference') * ops.difference;
  const rowSelector = new Float64Array(table.rows);
  for (let i = 0; i < table.rows; i++) {
    rowSelector[i] = a('and') * ops.and[i]! + a('or') * ops.or[i]! + a('reset') * ops.reset[i]! + a('greater') * ops.greater[i]! + a('lesser') * ops.lesser[i]!;
  }
  const lookup = new Float64Array(table.rows * table.columns);
  const assign = a('assign');
  for (let i = 0; i < table.rows; i++) {
    for (let j = 0; j < table.columns; j++) lookup[i * table.columns + j] = weights.column[j]! * assign * ops.assign[i]!;
  }
  return { scalar, rowSelector, lookup };
}

/** The history before step 1: rs_0 = rs_(−1) = all ones, scalars 0. */
export function initialHistory(rows: number): StepHistory {
  const ones = new Float64Array(rows).fill(1);
  return { rowSelector: ones, rowSelector2: ones, scalar: 0, scalar3: 0 };
}

/** One step t: every operation on the history, then the mix. */
export function programStep(table: ProgrammerTable, pivot: number, weights: StepWeights, history: StepHistory): StepResult {
  const operations = runOperations(table, pivot, weights, history);
  const outputs = mixOutputs(table, weights, operations);
  return {
    ...outputs,
    weights,
    previousRowSelector: history.rowSelector,
    previousRowSelector2: history.rowSelector2,
    previousScalar: history.scalar,
    previousScalar3: history.scalar3,
    operations,
  };
}

/** Runs all T steps under one evaluation mode; result t − 1 is step t. */
export function runProgram(input: ProgramInput, mode: EvaluationMode = 'soft'): StepResult[] {
  const { table, pivot } = input;
  let history = initialHistory(table.rows);
  // scalar_(t−3), scalar_(t−2), scalar_(t−1) as a sliding window; all 0 before step 1.
  const scalars = [0, 0, 0];
  const results: StepResult[] = [];
  for (const given of input.steps) {
    const weights = mode === 'hard' ? hardenWeights(given) : given;
    if (weights.op.length !== OPERATION_COUNT) throw new RangeError(`α_op has length ${weights.op.length}; expected ${OPERATION_COUNT}`);
    if (weights.column.length !== table.columns) throw new RangeError(`α_col has length ${weights.column.length}; expected ${table.columns}`);
    const result = programStep(table, pivot, weights, history);
    results.push(result);
    scalars.shift();
    scalars.push(result.scalar);
    history = { rowSelector: result.rowSelector, rowSelector2: history.rowSelector, scalar: scalars[2]!, scalar3: scalars[0]! };
  }
  return results;
}

/** Only the outputs (scalar, row selector, lookup) of every step: what `compute programmer` returns. */
export function programOutputs(input: ProgramInput, mode: EvaluationMode = 'soft'): ProgramOutputs {
  return { mode, steps: runProgram(input, mode).map(({ scalar, rowSelector, lookup }) => ({ scalar, rowSelector, lookup })) };
}
