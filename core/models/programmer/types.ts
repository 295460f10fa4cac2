/**
 * The Neural Programmer's data, shared by the float64 reference (this folder), the WebGPU engine
 * (core/gpu/programmer) and the views. Neelakantan, Le & Sutskever 2016, "Neural Programmer: Inducing Latent
 * Programs with Gradient Descent" (ICLR 2016), §2.3 (operations, Table 1) and §2.4 (soft selection).
 */

/** The paper's nine operations (Table 1), in the order every α_op vector uses. */
export const OPERATIONS = ['sum', 'count', 'difference', 'greater', 'lesser', 'and', 'or', 'assign', 'reset'] as const;
/** One of {@link OPERATIONS}. */
export type Operation = (typeof OPERATIONS)[number];
/** The number of operations, the length of every α_op. */
export const OPERATION_COUNT = OPERATIONS.length;
/** The index of an operation in α_op. */
export function operationIndex(op: Operation): number {
  return OPERATIONS.indexOf(op);
}

/** A rows × columns table of numbers, row-major: cell (i, j) is `data[i*columns + j]`. */
export interface ProgrammerTable {
  /** M, the number of rows. */
  readonly rows: number;
  /** C, the number of columns. */
  readonly columns: number;
  /** One name per column (shown above it; the controller embeds them). */
  readonly columnNames: readonly string[];
  readonly data: Float64Array;
}

/** One step's weights: α_op over {@link OPERATIONS} and α_col over the table's columns (each a softmax). */
export interface StepWeights {
  /** α_op, length 9, in the order of {@link OPERATIONS}. */
  readonly op: Float64Array;
  /** α_col, length C. */
  readonly column: Float64Array;
}

/** A whole program: the table, the question's pivot and the weights of each of the T steps. */
export interface ProgramInput {
  readonly table: ProgrammerTable;
  /** The number the comparisons test against (the paper's pivot_g and pivot_l; here one pivot for both). */
  readonly pivot: number;
  /** One entry per step t = 1 … T. */
  readonly steps: readonly StepWeights[];
}

/** Soft: every operation runs and the results are mixed by α (§2.4). Hard: argmax operation and column. */
export type EvaluationMode = 'soft' | 'hard';

/** What one operation produced at step t, before the mix (Table 1). Row vectors have length M. */
export interface OperationResults {
  /** sum_t(j) = Σ_i rs_(t−1)(i)·table(i, j), one per column (length C). */
  readonly sumPerColumn: Float64Array;
  /** (α_col)ᵀ sum_t: the column-weighted sum that enters the scalar mix. */
  readonly sum: number;
  /** count_t = Σ_i rs_(t−1)(i). */
  readonly count: number;
  /** diff_t = scalar_(t−3) − scalar_(t−1). */
  readonly difference: number;
  /** g_t(i, j) = [table(i, j) > pivot], 0 or 1, row-major M × C. */
  readonly greaterCells: Float64Array;
  /** Σ_j α_col(j)·g_t(i, j), length M: what enters the row-selector mix. */
  readonly greater: Float64Array;
  /** l_t(i, j) = [table(i, j) < pivot], 0 or 1, row-major M × C. */
  readonly lesserCells: Float64Array;
  /** Σ_j α_col(j)·l_t(i, j), length M. */
  readonly lesser: Float64Array;
  /** and_t(i) = min(rs_(t−1)(i), rs_(t−2)(i)). */
  readonly and: Float64Array;
  /** or_t(i) = max(rs_(t−1)(i), rs_(t−2)(i)). */
  readonly or: Float64Array;
  /** assign_t(i, j) = rs_(t−1)(i) for every column j; stored once per row (length M). */
  readonly assign: Float64Array;
  /** reset_t(i) = 1. */
  readonly reset: Float64Array;
}

/** The mixed outputs of step t (§2.4). */
export interface StepOutputs {
  /** scalar_output_t. */
  readonly scalar: number;
  /** row_select_t, length M. */
  readonly rowSelector: Float64Array;
  /** lookup_output_t(i, j) = α_col(j)·α_op(assign)·rs_(t−1)(i), row-major M × C. */
  readonly lookup: Float64Array;
}

/** Everything one step computed under one evaluation mode. */
export interface StepResult extends StepOutputs {
  /** The weights actually used: the given ones (soft) or their one-hot argmax (hard). */
  readonly weights: StepWeights;
  /** rs_(t−1) and rs_(t−2), the row selectors this step read. */
  readonly previousRowSelector: Float64Array;
  readonly previousRowSelector2: Float64Array;
  /** scalar_(t−1) and scalar_(t−3), the scalars this step read. */
  readonly previousScalar: number;
  readonly previousScalar3: number;
  readonly operations: OperationResults;
}

/** The outputs of every step of a program under one mode (the `compute programmer` result, typed). */
export interface ProgramOutputs {
  readonly mode: EvaluationMode;
  readonly steps: readonly StepOutputs[];
}

/** The stages of one program step, in the order a lecture shows them; each is one trace frame. */
export const PROGRAMMER_STAGES = ['select', ...OPERATIONS, 'mix'] as const;
/** One of {@link PROGRAMMER_STAGES}: `select` shows α_op and α_col, then each operation's own result, then the mix. */
export type ProgrammerStage = (typeof PROGRAMMER_STAGES)[number];
