/**
 * The Neural Programmer on WebGPU (Neelakantan, Le & Sutskever 2016, Table 1 and §2.4): every step of a
 * program, soft or hard, with the per-column reductions and the comparisons over the table in WGSL
 * (shaders/programmer/). Works on any GPUDevice (a browser's, or Dawn's in Node).
 *
 * Per step t, three stages, recorded back to back in one command encoder (no read-back between them):
 * 1. column sums: sum_t(j) = Σ_i rs_(t−1)(i)·table(i, j) and count_t = Σ_i rs_(t−1)(i), several workgroups
 *    cooperating (shaders/common/row-tile.wgsl), partials folded by core/gpu/common/row-tile.ts;
 * 2. mix rows: the comparisons, and/or/reset and the row selector rs_t, and the lookup answer;
 * 3. mix scalar: scalar_t from the sums, count and difference.
 * Then one read-back of every step's outputs. Hard evaluation uses the one-hot argmax weights
 * (core/models/programmer/program.ts `hardenWeights`), so both modes run the same kernels.
 *
 * Numbers are float32 on the GPU: comparisons are exact when the table and the pivot are representable in
 * float32 (e.g. integers below 2^24); sums agree with the float64 reference to about 1e-6 relative.
 */
import { GpuBufferLimitError, createF32Buffer, createUniformBuffer, readBackF32, type ReadBackSource } from '../common/buffers.ts';
import { checkProgrammerInputFloat32 } from '../common/engine-input-checks.ts';
import { recordDispatches, type ComputeDispatch } from '../common/dispatch.ts';
import { getComputeKernel, type ComputeKernel } from '../common/kernel.ts';
import { createColumnSum, createRowTileParams, rowTileGeometry } from '../common/row-tile.ts';
import { hardenWeights } from '../../models/programmer/program.ts';
import { OPERATION_COUNT, type EvaluationMode, type ProgramInput, type StepOutputs } from '../../models/programmer/types.ts';
import { PROGRAMMER_MODULES } from './programmer-shaders.ts';

/** One step as the GPU computed it: the outputs plus the reductions (for tests and views). */
export interface ProgrammerGpuStep extends StepOutputs {
  /** sum_t(j) for every column. */
  readonly sumPerColumn: Float64Array;
  /** count_t. */
  readonly count: number;
}

/** The engine: pipelines built once, buffers per run. */
export interface ProgrammerGpuEngine {
  readonly backend: 'webgpu';
  /** Runs every step of `input` under `mode`; one submit and one read-back. */
  run(input: ProgramInput, mode: EvaluationMode): Promise<ProgrammerGpuStep[]>;
  /** Releases nothing device-wide (pipelines are cached per device); present for symmetry with other engines. */
  destroy(): void;
}

const WORKGROUP_SIZE = 256;

function kernels(device: GPUDevice): Promise<[ComputeKernel, ComputeKernel, ComputeKernel]> {
  const m = PROGRAMMER_MODULES;
  return Promise.all([
    getComputeKernel(device, { label: 'programmer column sums', ...m.columnSums }),
    getComputeKernel(device, { label: 'programmer mix rows', ...m.mixRows }),
    getComputeKernel(device, { label: 'programmer mix scalar', ...m.mixScalar }),
  ]);
}

/** Throws a RangeError naming the buffer when `bytes` exceeds what `device` can bind. */
function checkSize(device: GPUDevice, bytes: number, what: string): void {
  const limit = Math.min(device.limits.maxStorageBufferBindingSize, device.limits.maxBufferSize);
  if (bytes > limit) throw new GpuBufferLimitError(`programmer: ${what} needs ${bytes} bytes; this device binds at most ${limit}`);
}

/** Creates the engine on `device` (compiles the three kernels, rejecting with Dawn's messages if one fails). */
export async function createProgrammerGpuEngine(device: GPUDevice): Promise<ProgrammerGpuEngine> {
  const [sumKernel, rowsKernel, scalarKernel] = await kernels(device);

  async function run(input: ProgramInput, mode: EvaluationMode): Promise<ProgrammerGpuStep[]> {
    checkProgrammerInputFloat32(input);
    const { table, pivot } = input;
    const M = table.rows;
    const C = table.columns;
    const T = input.steps.length;
    const weights = input.steps.map((w) => (mode === 'hard' ? hardenWeights(w) : w));
    for (const w of weights) {
      if (w.op.length !== OPERATION_COUNT || w.column.length !== C)
        throw new RangeError(`programmer: weights must have ${OPERATION_COUNT} operations and ${C} columns`);
    }
    checkSize(device, M * C * 4, 'the table');
    checkSize(device, (T + 2) * M * 4, 'the row selectors');
    const owned: GPUBuffer[] = [];
    const own = (b: GPUBuffer): GPUBuffer => (owned.push(b), b);
    const chains: { destroy(): void }[] = [];
    try {
      const tableBuffer = own(createF32Buffer(device, M * C, 'programmer table', table.data));
      const opWeights = new Float32Array(T * OPERATION_COUNT);
      const colWeights = new Float32Array(T * C);
      weights.forEach((w, t) => {
        opWeights.set(w.op, t * OPERATION_COUNT);
        colWeights.set(w.column, t * C);
      });
      const opBuffer = own(createF32Buffer(device, opWeights.length, 'programmer α_op', opWeights));
      const colBuffer = own(createF32Buffer(device, colWeights.length, 'programmer α_col', colWeights));
      // Slot k holds rs_(k−1): slots 0 and 1 are rs_(−1) = rs_0 = all ones; step t writes slot t + 1.
      const selectors = own(createF32Buffer(device, (T + 2) * M, 'programmer row selectors'));
      const ones = new Float32Array(2 * M).fill(1);
      device.queue.writeBuffer(selectors, 0, ones.buffer, ones.byteOffset, ones.byteLength);
      // scalar_(−2), scalar_(−1), scalar_0 = 0, then scalar_t at slot t + 2 (zero-initialised by WebGPU).
      const scalars = own(createF32Buffer(device, T + 3, 'programmer scalars'));

      const dispatches: ComputeDispatch[] = [];
      const sums: GPUBuffer[] = [];
      const lookups: GPUBuffer[] = [];
      const geometry = rowTileGeometry(M, C + 1, true, sumKernel.workgroupSize);
      for (let s = 0; s < T; s++) {
        // 1. Column sums and count over rs_(t−1) (slot s + 1).
        const sumOut = own(createF32Buffer(device, C + 1, `programmer sums ${s}`));
        sums.push(sumOut);
        const single = geometry.groups === 1;
        const partials = single ? sumOut : own(createF32Buffer(device, geometry.groups * (C + 1), `programmer partials ${s}`));
        const tileParams = own(createRowTileParams(device, sumKernel, geometry, `programmer tile ${s}`));
        const sumView = sumKernel.uniformView('sum_params');
        sumView.set({ columns: C, selector_offset: (s + 1) * M });
        const sumParams = own(createUniformBuffer(device, sumView, `programmer sum params ${s}`));
        dispatches.push({
          pipeline: sumKernel.pipeline,
          bindGroup: sumKernel.bindGroup({
            tile_partials: partials,
            tile: tileParams,
            sum_table: tableBuffer,
            sum_selectors: selectors,
            sum_params: sumParams,
          }),
          workgroups: geometry.groups,
          label: `programmer column sums ${s}`,
        });
        if (!single) {
          const fold = await createColumnSum(device, {
            partials,
            rows: geometry.groups,
            cols: C + 1,
            output: sumOut,
            label: `programmer sums fold ${s}`,
          });
          chains.push(fold);
          dispatches.push(...fold.dispatches);
        }
        // 2. Row selector rs_t (slot s + 2) from rs_(t−1), rs_(t−2), the comparisons; and the lookup.
        checkSize(device, M * C * 4, 'one step’s lookup');
        const lookup = own(createF32Buffer(device, M * C, `programmer lookup ${s}`));
        lookups.push(lookup);
        const rowsView = rowsKernel.uniformView('mix_params');
        rowsView.set({ rows: M, columns: C, step: s, previous: (s + 1) * M, previous2: s * M, output: (s + 2) * M, pivot });
        const rowsParams = own(createUniformBuffer(device, rowsView, `programmer mix rows params ${s}`));
        dispatches.push({
          pipeline: rowsKernel.pipeline,
          bindGroup: rowsKernel.bindGroup({
            mix_table: tableBuffer,
            mix_op_weights: opBuffer,
            mix_column_weights: colBuffer,
            mix_selectors: selectors,
            mix_lookup: lookup,
            mix_params: rowsParams,
          }),
          workgroups: Math.ceil(M / WORKGROUP_SIZE),
          label: `programmer mix rows ${s}`,
        });
        // 3. scalar_t.
        const scalarView = scalarKernel.uniformView('scalar_params');
        scalarView.set({ columns: C, step: s });
        const scalarParams = own(createUniformBuffer(device, scalarView, `programmer mix scalar params ${s}`));
        dispatches.push({
          pipeline: scalarKernel.pipeline,
          bindGroup: scalarKernel.bindGroup({
            scalar_sums: sumOut,
            scalar_op_weights: opBuffer,
            scalar_column_weights: colBuffer,
            scalar_history: scalars,
            scalar_params: scalarParams,
          }),
          workgroups: 1,
          label: `programmer mix scalar ${s}`,
        });
      }
      const sources: ReadBackSource[] = [
        { buffer: scalars, count: T + 3 },
        { buffer: selectors, count: (T + 2) * M },
        ...sums.map((buffer) => ({ buffer, count: C + 1 })),
        ...lookups.map((buffer) => ({ buffer, count: M * C })),
      ];
      const [scalarOut, selectorOut, ...rest] = await readBackF32(device, sources, recordDispatches(device, dispatches));
      return Array.from({ length: T }, (_, s) => {
        const sum = rest[s]!;
        return {
          scalar: scalarOut![s + 3]!,
          rowSelector: Float64Array.from(selectorOut!.subarray((s + 2) * M, (s + 3) * M)),
          lookup: Float64Array.from(rest[T + s]!),
          sumPerColumn: Float64Array.from(sum.subarray(0, C)),
          count: sum[C]!,
        };
      });
    } finally {
      chains.forEach((c) => c.destroy());
      owned.forEach((b) => b.destroy());
    }
  }

  return { backend: 'webgpu', run, destroy() {} };
}
