/**
 * The attentional interface's data (Bahdanau, Cho & Bengio 2014, §3.1 and Appendix A.1.2; Luong, Pham &
 * Manning 2015, §3.1 eq. (8)), shared by the float64 reference (this folder), the WebGPU engine
 * (core/gpu/attention) and the views.
 *
 * Matrices are row-major {@link RowMajor} values: the JSON contract's `[[Dk] x T]` (T rows of Dk numbers) is a
 * T × Dk matrix whose row j is `data[j*Dk .. j*Dk+Dk)`.
 */

/** The three score functions of Luong et al. eq. (8) (`dot`, `general`) and Bahdanau et al. eq. (6) (`additive`). */
export const SCORE_FUNCTIONS = ['dot', 'general', 'additive'] as const;
/** One of {@link SCORE_FUNCTIONS}. */
export type ScoreFunction = (typeof SCORE_FUNCTIONS)[number];

/** A rows × columns matrix in row-major order. */
export interface RowMajor {
  readonly rows: number;
  readonly columns: number;
  readonly data: Float64Array;
}

/**
 * The parameters of a score function.
 * - `dot`: e_j = qᵀ h_j (Luong eq. 8); needs Dq = Dk.
 * - `general`: e_j = qᵀ W h_j with W a Dq × Dk matrix (Luong eq. 8).
 * - `additive`: e_j = vᵀ tanh(W q + U h_j + b) + b_v with W an A × Dq matrix, U an A × Dk matrix (A rows of Dk
 *   numbers, as the JSON contract's `[[Dk] x A]` lists it; Bahdanau's U_a ∈ ℝ^{n×2n} multiplies h_j from the
 *   left the same way), v and b of length A, b_v a number (Bahdanau eq. 6 and Appendix A.1.2, with the biases
 *   the paper leaves out for clarity).
 */
export type ScoreParameters =
  | { readonly score: 'dot' }
  | { readonly score: 'general'; readonly W: RowMajor }
  | {
      readonly score: 'additive';
      readonly W: RowMajor;
      readonly U: RowMajor;
      readonly v: Float64Array;
      readonly b: Float64Array;
      readonly bv: number;
    };

/** One decoder step: the `compute attention` case. */
export type AttentionInput = ScoreParameters & {
  /** q, length Dq: the decoder state (Bahdanau's s_{i−1}, Luong's h_t). */
  readonly query: Float64Array;
  /** h_1..h_T, T × Dk: the encoder states, the keys. */
  readonly keys: RowMajor;
  /** v_1..v_T, T × Dv; the keys when the case gives none. */
  readonly values: RowMajor;
  /** T flags, true = attend; every position when the case gives none. At least one is true. */
  readonly mask: readonly boolean[];
};

/** A whole decoded sequence: several queries against the same keys, values, mask and parameters. */
export type AttentionSequenceInput = ScoreParameters & {
  /** S × Dq, one query per output step. */
  readonly queries: RowMajor;
  readonly keys: RowMajor;
  readonly values: RowMajor;
  readonly mask: readonly boolean[];
};

/** One decoder step's result. */
export interface AttentionResult {
  /** e_j, length T; −Infinity where masked. */
  readonly scores: Float64Array;
  /** α_j = softmax over the unmasked positions (Bahdanau eq. 6), exactly 0 where masked. */
  readonly weights: Float64Array;
  /** c = Σ_j α_j v_j (Bahdanau eq. 5), length Dv. */
  readonly context: Float64Array;
}

/** A sequence's results, one row per output step. */
export interface AttentionSequenceResult {
  /** S × T, −Infinity where masked. */
  readonly scores: RowMajor;
  /** S × T. */
  readonly weights: RowMajor;
  /** S × Dv. */
  readonly contexts: RowMajor;
}

/** The stages of one decoder step, in the order a lecture shows them; each is one trace frame. */
export const ATTENTION_STAGES = ['query', 'scores', 'weights', 'context'] as const;
/** One of {@link ATTENTION_STAGES}. */
export type AttentionStage = (typeof ATTENTION_STAGES)[number];
