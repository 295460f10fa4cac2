/**
 * ACT on WebGPU: the weighted combinations s_t = Σ_n p^n s^n and y_t = Σ_n p^n y^n (Graves 2016 §2) of any
 * number of input steps, each a weighted row sum over its N × D ponder states (shaders/common/
 * weighted-row-sum.wgsl through core/gpu/common/weighted-row-sum.ts: ACT needs no kernel of its own).
 * Every combination of a call is recorded into one compute pass, submitted once, and read back once.
 *
 * For hand-given halting values the decision (N, p, R) stays on the CPU in float64 (core/models/act/halting.ts):
 * it is a short sequential scan whose answer hinges on a sum crossing 1 − ε, where float32 would move the halt by
 * a step on typed decimals (0.2 + 0.7 vs 0.9). A trained cell's halting values are computed, not typed, so
 * {@link ActGpuEngine.ponder} runs its whole ponder loop, decision included, on the GPU (act-cell-gpu.ts).
 */
import { createF32Buffer, readBackF32, type ReadBackSource } from '../common/buffers.ts';
import { recordDispatches, type ComputeDispatch } from '../common/dispatch.ts';
import type { RecordedChain } from '../common/row-tile.ts';
import { checkActInputFloat32 } from '../common/engine-input-checks.ts';
import { createWeightedRowSum } from '../common/weighted-row-sum.ts';
import type { ActCell } from '../../models/act/cell.ts';
import { ponderCasesOnGpu, type ActCellGpuCase } from './act-cell-gpu.ts';

/** One combination: weights p (length N) and N rows of states, optionally N rows of outputs. */
export interface ActCombinationInput {
  readonly probabilities: ArrayLike<number>;
  /** N rows of D (D ≥ 1); rows past N are ignored. */
  readonly states: readonly ArrayLike<number>[];
  /** N rows of O, or absent / zero-width for none. */
  readonly outputs?: readonly ArrayLike<number>[];
}

/** The GPU's result for one combination (float32 values widened to float64). */
export interface ActCombinationResult {
  readonly state: Float64Array;
  /** Empty when the input had no outputs. */
  readonly output: Float64Array;
}

/** The ACT engine on one device. */
export interface ActGpuEngine {
  readonly backend: 'webgpu';
  /** Combines every input on the GPU: one submit, one read-back. */
  combine(inputs: readonly ActCombinationInput[]): Promise<ActCombinationResult[]>;
  /** Ponders a cell on one-step inputs (each from s^0 = 0) entirely on the GPU: one submit, one read-back. */
  ponder(cell: ActCell, inputs: readonly (readonly number[])[], epsilon: number, maxSteps: number): Promise<ActCellGpuCase[]>;
  /** Releases nothing persistent today (buffers live for one call); kept for symmetry with other engines. */
  destroy(): void;
}

function flatten(rows: readonly ArrayLike<number>[], n: number, width: number, what: string): Float32Array {
  const flat = new Float32Array(n * width);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (!row || row.length !== width) throw new RangeError(`act combine: ${what}[${i}] must have ${width} entries`);
    for (let j = 0; j < width; j++) flat[i * width + j] = row[j]!;
  }
  return flat;
}

/** Creates the ACT engine on any GPUDevice (a browser's, or Dawn's in Node). */
export async function createActGpuEngine(device: GPUDevice): Promise<ActGpuEngine> {
  return {
    backend: 'webgpu',
    async combine(inputs) {
      inputs.forEach((input, i) => checkActInputFloat32(input, inputs.length > 1 ? `steps[${i}]` : ''));
      const buffers: GPUBuffer[] = [];
      const chains: RecordedChain[] = [];
      const dispatches: ComputeDispatch[] = [];
      const reads: ReadBackSource[] = [];
      const slots: { state: number; output: number }[] = [];
      const record = async (p: GPUBuffer, rows: readonly ArrayLike<number>[], n: number, label: string): Promise<number> => {
        const width = rows[0]?.length ?? 0;
        if (width === 0) return -1;
        const matrix = createF32Buffer(device, n * width, `${label} rows`, flatten(rows, n, width, label));
        const output = createF32Buffer(device, width, `${label} combined`);
        buffers.push(matrix, output);
        const chain = await createWeightedRowSum(device, { matrix, weights: p, rows: n, cols: width, output, label: `act ${label}` });
        chains.push(chain);
        dispatches.push(...chain.dispatches);
        reads.push({ buffer: output, count: width });
        return reads.length - 1;
      };
      try {
        for (const [k, input] of inputs.entries()) {
          const n = input.probabilities.length;
          if (n < 1 || input.states.length < n) throw new RangeError(`act combine: input ${k} needs N ≥ 1 weights and N states`);
          const p = createF32Buffer(device, n, `act p ${k}`, input.probabilities);
          buffers.push(p);
          const state = await record(p, input.states, n, `states ${k}`);
          if (state < 0) throw new RangeError(`act combine: input ${k} has zero-width states`);
          const output = input.outputs && input.outputs.length >= n ? await record(p, input.outputs, n, `outputs ${k}`) : -1;
          slots.push({ state, output });
        }
        if (reads.length === 0) return [];
        const values = await readBackF32(device, reads, recordDispatches(device, dispatches));
        return slots.map((s) => ({
          state: Float64Array.from(values[s.state]!),
          output: s.output < 0 ? new Float64Array(0) : Float64Array.from(values[s.output]!),
        }));
      } finally {
        chains.forEach((c) => c.destroy());
        buffers.forEach((b) => b.destroy());
      }
    },
    ponder: (cell, inputs, epsilon, maxSteps) => ponderCasesOnGpu(device, cell, inputs, epsilon, maxSteps),
    destroy() {},
  };
}
