/**
 * The Neural Turing Machine's data, shared by the float64 reference (this folder), the WebGPU engine
 * (core/gpu/ntm) and the views. Graves, Wayne & Danihelka 2014, "Neural Turing Machines", §3.3.
 */

/** An N × M memory, row-major: row i (slot i, the lecture's M_i) is `data[i*M .. i*M+M)`. */
export interface MemoryMatrix {
  /** N, the number of slots. */
  readonly rows: number;
  /** M, the width of each slot. */
  readonly columns: number;
  readonly data: Float64Array;
}

/** Everything one addressing-read-write step takes (the `compute ntm` case). */
export interface NtmStepInput {
  readonly memory: MemoryMatrix;
  /** k, length M. */
  readonly key: Float64Array;
  /** β ≥ 0, the key strength. */
  readonly beta: number;
  /** g in [0, 1], the interpolation gate (the lecture's α). */
  readonly gate: number;
  /** s, a probability vector of odd length 2K+1; entry j weighs the offset j − K. */
  readonly shift: Float64Array;
  /** γ ≥ 1, the sharpening exponent. */
  readonly gamma: number;
  /** w_{t−1}, length N. */
  readonly previousWeights: Float64Array;
  /** e in [0, 1]^M. */
  readonly erase: Float64Array;
  /** a, length M. */
  readonly add: Float64Array;
}

/** Every intermediate stage of one step. Read and write use the final weights and the memory before the write. */
export interface NtmStepResult {
  /** K[k, M_i], cosine similarity per slot (eq. 6), 0 where the key or the row is all zeros. */
  readonly similarity: Float64Array;
  /** w_c (eq. 5). */
  readonly contentWeights: Float64Array;
  /** w_g (eq. 7). */
  readonly gatedWeights: Float64Array;
  /** w̃ (eq. 8). */
  readonly shiftedWeights: Float64Array;
  /** w (eq. 9). */
  readonly weights: Float64Array;
  /** r = Σ_i w(i) M_i (eq. 2). */
  readonly readVector: Float64Array;
  /** M_i ∘ (1 − w(i) e) + w(i) a (eqs. 3–4). */
  readonly memoryAfterWrite: MemoryMatrix;
}

/** One step of a {@link NtmStepBatch}: the acting head, its parameters and which write (NTM eqs. 3–4, or the lecture's `simplified`). */
export interface NtmBatchStep extends Omit<NtmStepInput, 'memory' | 'previousWeights'> {
  readonly head: string;
  readonly write: 'erase-add' | 'simplified';
}

/**
 * Steps run back to back (a resolved scenario is one): the memory carries over from step to step, and a head's
 * previous weights are the final weights of its last step, or its initial weights before its first.
 */
export interface NtmStepBatch {
  readonly memory: MemoryMatrix;
  readonly heads: readonly { readonly name: string; readonly initialWeights: Float64Array }[];
  readonly steps: readonly NtmBatchStep[];
}

/** Something that runs one step: the float64 reference or the WebGPU engine. */
export interface NtmStepper {
  /** `'cpu'` for the reference, `'webgpu'` for the GPU engine. */
  readonly backend: 'cpu' | 'webgpu';
  step(input: NtmStepInput): Promise<NtmStepResult>;
  /** Optional: every step of `batch` at once (the GPU engine: one submit and one read-back), one result per step. */
  runSteps?(batch: NtmStepBatch): Promise<NtmStepResult[]>;
  /** Optional: refuses an input this stepper cannot compute (what {@link step} checks first); called per step around {@link runSteps}. */
  checkInput?(input: NtmStepInput): void;
}

/** The stages of one NTM time step, in the order a lecture shows them; each is one trace frame. */
export const NTM_STAGES = ['content', 'interpolate', 'shift', 'sharpen', 'read', 'write'] as const;
/** One of {@link NTM_STAGES}. */
export type NtmStage = (typeof NTM_STAGES)[number];
