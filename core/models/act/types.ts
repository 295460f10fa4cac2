/**
 * Adaptive Computation Time: the data shared by the float64 reference (this folder), the WebGPU combination
 * (core/gpu/act) and the views. Graves 2016, "Adaptive Computation Time for Recurrent Neural Networks"
 * (arXiv:1603.08983), §2.
 */

/** ε, the halting threshold's margin: a step halts once Σ h ≥ 1 − ε (Graves 2016 §2, default 0.01). */
export const DEFAULT_EPSILON = 0.01;
/** M, the most ponder steps per input step (Graves 2016 §2.1's upper limit; default 100). */
export const DEFAULT_MAX_STEPS = 100;

/**
 * The stages of one input step, in the order a lecture shows them: one `ponder` frame per ponder step n
 * (state, output, halting value, the budget after it), then one `combine` frame (the weights p, the remainder,
 * the weighted state and output, the ponder cost).
 */
export const ACT_STAGES = ['ponder', 'combine'] as const;
/** One of {@link ACT_STAGES}. */
export type ActStage = (typeof ACT_STAGES)[number];

/** What the halting rule decided for one input step (Graves 2016 §2). */
export interface HaltingDecision {
  /** N(t): the ponder step where the step halts, from 1. */
  readonly steps: number;
  /** p^1 … p^N: h^n for n < N and the remainder R for n = N; they sum to 1. */
  readonly probabilities: number[];
  /** R(t) = 1 − Σ_{n<N} h^n. */
  readonly remainder: number;
  /** ρ_t = N(t) + R(t) (Graves 2016 §2.1). */
  readonly ponderCost: number;
  /** Σ_{m≤n} h^m for n = 1 … N (compensated float64 sums), what the budget bar drains by. */
  readonly cumulative: number[];
  /** True when the step halted because it reached maxSteps, not the threshold 1 − ε. */
  readonly capped: boolean;
}

/** Data of a `ponder` frame: ponder step n of input step t. */
export interface ActPonderData {
  readonly kind: 'ponder';
  /** n, from 1. */
  readonly ponder: number;
  /** The cell's input at this ponder step, x_t with the first-step flag appended; empty when states are given. */
  readonly input: number[];
  /** s^n. */
  readonly state: number[];
  /** y^n; empty when the scenario gives states and no outputs. */
  readonly output: number[];
  /** h^n, the halting value. */
  readonly halting: number;
  /** Σ_{m≤n} h^m. */
  readonly cumulative: number;
  /** What is left of the budget of 1: 1 − Σ_{m≤n} h^m (negative once the last h overshoots). */
  readonly budget: number;
  /** 1 − ε, the line the cumulative sum must reach. */
  readonly threshold: number;
  readonly epsilon: number;
  readonly maxSteps: number;
  /** True on the ponder step where the input step halts (n = N). */
  readonly halts: boolean;
  /** True when that halt is forced by maxSteps. */
  readonly capped: boolean;
}

/** Data of a `combine` frame: the weighted combination of input step t. */
export interface ActCombineData {
  readonly kind: 'combine';
  /** N(t). */
  readonly steps: number;
  /** h^1 … h^N. */
  readonly halting: number[];
  /** p^1 … p^N. */
  readonly probabilities: number[];
  readonly remainder: number;
  readonly ponderCost: number;
  readonly capped: boolean;
  readonly epsilon: number;
  readonly maxSteps: number;
  /** s^1 … s^N. */
  readonly states: number[][];
  /** y^1 … y^N (empty rows when no outputs). */
  readonly outputs: number[][];
  /** s_t = Σ_n p^n s^n. */
  readonly state: number[];
  /** y_t = Σ_n p^n y^n (empty when no outputs). */
  readonly output: number[];
}

/** Data of any ACT frame. */
export type ActFrameData = ActPonderData | ActCombineData;
