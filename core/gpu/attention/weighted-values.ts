/**
 * The attention weights and context vectors of every output step from the scores: α = masked softmax of each
 * row of E (Bahdanau, Cho & Bengio 2014 eq. 6) and C = α·V (eq. 5). With Dv a multiple of 4 this is three
 * barrier-free passes over blocks of 64 positions (shaders/attention/weighted-values.wgsl: block max and Σexp,
 * then weights and partial contexts, then a fold); otherwise the shared row softmax (one workgroup per row, with
 * barriers) and the scalar matmul (shaders/common/row-softmax.wgsl, matmul.wgsl).
 */
import weightedValuesWgsl from '#shaders/attention/weighted-values.wgsl?raw';
import { createCheckedBuffer, createUniformBuffer, paddedSize, storageUsage } from '../common/buffers.ts';
import { WORKGROUP_INDEX_WGSL } from '../common/common-shaders.ts';
import type { ComputeDispatch } from '../common/dispatch.ts';
import { getComputeKernel } from '../common/kernel.ts';
import { createMatmul, type Matmul } from '../common/matmul.ts';
import { createRowSoftmax } from '../common/row-softmax.ts';
import { composeWgsl } from '../common/wgsl.ts';

/** The composed weighted-values module, for compile tests. */
export const WEIGHTED_VALUES_WGSL = composeWgsl(WORKGROUP_INDEX_WGSL, weightedValuesWgsl);

/** Positions per block (WEIGHTED_VALUES_BLOCK in the WGSL). */
const BLOCK = 64;

/** What {@link createWeightedValues} needs; all row-major float32 but the mask. */
export interface WeightedValuesOptions {
  /** steps × positions raw scores. */
  readonly scores: GPUBuffer;
  /** positions u32 keep flags (core/gpu/common/row-softmax.ts `createMaskBuffer`), shared by every step. */
  readonly mask: GPUBuffer;
  /** steps × positions weights, written. */
  readonly weights: GPUBuffer;
  /** positions × valueSize values. */
  readonly values: GPUBuffer;
  /** steps × valueSize contexts, written. */
  readonly out: GPUBuffer;
  readonly steps: number;
  readonly positions: number;
  readonly valueSize: number;
}

/** Records α = masked row softmax of the scores and C = α·V. */
export async function createWeightedValues(device: GPUDevice, options: WeightedValuesOptions): Promise<Matmul> {
  const { steps, positions, valueSize } = options;
  if (valueSize % 4 !== 0) {
    const parts = [
      await createRowSoftmax(device, {
        input: options.scores,
        output: options.weights,
        rows: steps,
        cols: positions,
        mask: options.mask,
        label: 'attention weights',
      }),
      await createMatmul(device, { a: options.weights, b: options.values, out: options.out, rows: steps, inner: positions, cols: valueSize, label: 'context' }),
    ];
    return { dispatches: parts.flatMap((p) => p.dispatches), destroy: () => parts.forEach((p) => p.destroy()) };
  }
  const blocks = Math.ceil(positions / BLOCK);
  const columns4 = valueSize / 4;
  const kernel = (entryPoint: string) =>
    getComputeKernel(device, { label: entryPoint.replaceAll('_', ' '), code: WEIGHTED_VALUES_WGSL, entryPoint, constants: { WORKGROUP_SIZE: 64 } });
  const [stats, partial, fold] = await Promise.all([kernel('block_stats'), kernel('weighted_values_partial'), kernel('weighted_values_fold')]);
  const view = stats.uniformView('weighted_values_params');
  view.set({ steps, positions, columns4, blocks });
  const params = createUniformBuffer(device, view, 'softmax and context params');
  const scratch = (floats: number, label: string): GPUBuffer => createCheckedBuffer(device, { size: paddedSize(floats * 4), usage: storageUsage(), label });
  const statsBuffer = scratch(steps * blocks * 2, 'softmax block stats');
  const partials = scratch(steps * blocks * valueSize, 'context partial sums');
  // Each entry point's layout holds only the bindings it uses.
  const read = { weighted_values_scores: options.scores, weighted_values_mask: options.mask, weighted_values_params: params };
  const group = (rows: number): number => Math.ceil(rows / 64);
  const dispatches: ComputeDispatch[] = [
    {
      pipeline: stats.pipeline,
      bindGroup: stats.bindGroup({ ...read, weighted_values_stats: statsBuffer }),
      workgroups: group(steps * blocks),
      label: 'softmax block stats',
    },
    {
      pipeline: partial.pipeline,
      bindGroup: partial.bindGroup({
        ...read,
        weighted_values_stats: statsBuffer,
        weighted_values_alpha: options.weights,
        weighted_values_v: options.values,
        weighted_values_partials: partials,
      }),
      workgroups: group(steps * blocks * columns4),
      label: 'weights and context blocks',
    },
    {
      pipeline: fold.pipeline,
      bindGroup: fold.bindGroup({ weighted_values_partials: partials, weighted_values_out: options.out, weighted_values_params: params }),
      workgroups: group(steps * columns4),
      label: 'context fold',
    },
  ];
  return { dispatches, destroy: () => [params, statsBuffer, partials].forEach((b) => b.destroy()) };
}
