/**
 * A trained (or any) ACT cell pondering on the GPU (shaders/act/act-cell.wgsl): every case's whole ponder loop —
 * cell steps, halting values, the halting rule, the weighted combination (Graves 2016 §2) — in one dispatch of
 * one workgroup per case, submitted once and read back once (no read-back between ponder steps). Each case is a
 * one-step sequence from s^0 = 0, as the parity cell was trained (core/models/act/run.ts).
 */
import actCellWgsl from '#shaders/act/act-cell.wgsl?raw';
import type { ActCell } from '../../models/act/cell.ts';
import { createF32Buffer, createUniformBuffer, readBackF32 } from '../common/buffers.ts';
import { recordDispatches } from '../common/dispatch.ts';
import { getComputeKernel } from '../common/kernel.ts';

/** The kernel's limits (its workgroup arrays). */
export const ACT_CELL_GPU_LIMITS = { stateSize: 256, outputSize: 16 } as const;

/** One case as the GPU computed it (float32 widened to float64). */
export interface ActCellGpuCase {
  /** N. */
  readonly steps: number;
  readonly remainder: number;
  /** s^1 … s^N, y^1 … y^N, h^1 … h^N. */
  readonly states: number[][];
  readonly outputs: number[][];
  readonly halting: number[];
  /** s_t and y_t. */
  readonly state: number[];
  readonly output: number[];
}

/** The cell's weights in the kernel's order: W_s | W_x | b | W_y | b_y | w_h | b_h. */
export function packActCell(cell: ActCell): Float32Array {
  return Float32Array.from([
    ...cell.recurrentWeights.flat(),
    ...cell.inputWeights.flat(),
    ...cell.bias,
    ...cell.outputWeights.flat(),
    ...cell.outputBias,
    ...cell.haltingWeights,
    cell.haltingBias,
  ]);
}

/** Runs every input (each of the cell's input width) through the cell on `device`. */
export async function ponderCasesOnGpu(
  device: GPUDevice,
  cell: ActCell,
  inputs: readonly (readonly number[])[],
  epsilon: number,
  maxSteps: number,
): Promise<ActCellGpuCase[]> {
  const { stateSize: d, inputSize: ni, outputSize: no } = cell;
  if (d > ACT_CELL_GPU_LIMITS.stateSize || no > ACT_CELL_GPU_LIMITS.outputSize) {
    throw new RangeError(
      `act cell on the GPU: stateSize ≤ ${ACT_CELL_GPU_LIMITS.stateSize} and outputSize ≤ ${ACT_CELL_GPU_LIMITS.outputSize}, got ${d} and ${no}`,
    );
  }
  if (inputs.length === 0) return [];
  inputs.forEach((x, k) => {
    if (x.length !== ni) throw new RangeError(`act cell on the GPU: inputs[${k}] must have ${ni} entries, got ${x.length}`);
  });
  const kernel = await getComputeKernel(device, { label: 'act cell', code: actCellWgsl, entryPoint: 'act_cell' });
  const view = kernel.uniformView('params');
  view.set({ state_size: d, input_size: ni, output_size: no, max_steps: maxSteps, cases: inputs.length, epsilon, pad0: 0, pad1: 0 });
  const stride = d + no + 1;
  const resultWidth = 2 + d + no;
  const buffers = [
    createUniformBuffer(device, view, 'act cell params'),
    createF32Buffer(device, packActCell(cell).length, 'act cell weights', packActCell(cell)),
    createF32Buffer(device, inputs.length * ni, 'act cell inputs', inputs.flat()),
    createF32Buffer(device, inputs.length * maxSteps * stride, 'act cell ponders'),
    createF32Buffer(device, inputs.length * resultWidth, 'act cell results'),
  ] as const;
  try {
    const [params, weights, input, ponders, results] = buffers;
    const bindGroup = kernel.bindGroup({ params, weights, inputs: input, ponders, results });
    const encoder = recordDispatches(device, [{ pipeline: kernel.pipeline, bindGroup, workgroups: inputs.length, label: 'act cell' }]);
    const [p, r] = await readBackF32(
      device,
      [
        { buffer: ponders, count: inputs.length * maxSteps * stride },
        { buffer: results, count: inputs.length * resultWidth },
      ],
      encoder,
    );
    return inputs.map((_, c) => {
      const row = r!.subarray(c * resultWidth, (c + 1) * resultWidth);
      const steps = row[0]!;
      const at = (n: number, from: number, count: number): number[] =>
        Array.from(p!.subarray((c * maxSteps + n) * stride + from, (c * maxSteps + n) * stride + from + count));
      const ns = Array.from({ length: steps }, (_, n) => n);
      return {
        steps,
        remainder: row[1]!,
        states: ns.map((n) => at(n, 0, d)),
        outputs: ns.map((n) => at(n, d, no)),
        halting: ns.map((n) => at(n, d + no, 1)[0]!),
        state: Array.from(row.subarray(2, 2 + d)),
        output: Array.from(row.subarray(2 + d)),
      };
    });
  } finally {
    buffers.forEach((b) => b.destroy());
  }
}
