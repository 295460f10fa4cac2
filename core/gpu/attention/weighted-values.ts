/**
 * The context vectors C = α·V of every output step (Bahdanau, Cho & Bengio 2014 eq. 5) with vec4 rows of V in
 * two barrier-free passes (shaders/attention/weighted-values.wgsl) when Dv is a multiple of 4, else the scalar
 * shared matmul (shaders/common/matmul.wgsl).
 */
import weightedValuesWgsl from '#shaders/attention/weighted-values.wgsl?raw';
import { createCheckedBuffer, createUniformBuffer, paddedSize, storageUsage } from '../common/buffers.ts';
import { WORKGROUP_INDEX_WGSL } from '../common/common-shaders.ts';
import type { ComputeDispatch } from '../common/dispatch.ts';
import { getComputeKernel } from '../common/kernel.ts';
import { createMatmul, type Matmul } from '../common/matmul.ts';
import { composeWgsl } from '../common/wgsl.ts';

/** The composed weighted-values module, for compile tests. */
export const WEIGHTED_VALUES_WGSL = composeWgsl(WORKGROUP_INDEX_WGSL, weightedValuesWgsl);

/** Positions per partial sum (WEIGHTED_VALUES_BLOCK in the WGSL). */
const BLOCK = 64;

/** What {@link createWeightedValues} needs; all row-major float32. */
export interface WeightedValuesOptions {
  /** steps × positions weights. */
  readonly weights: GPUBuffer;
  /** positions × valueSize values. */
  readonly values: GPUBuffer;
  /** steps × valueSize contexts. */
  readonly out: GPUBuffer;
  readonly steps: number;
  readonly positions: number;
  readonly valueSize: number;
}

/** Records C = α·V. */
export async function createWeightedValues(device: GPUDevice, options: WeightedValuesOptions): Promise<Matmul> {
  const { steps, positions, valueSize } = options;
  if (valueSize % 4 !== 0) {
    return createMatmul(device, { a: options.weights, b: options.values, out: options.out, rows: steps, inner: positions, cols: valueSize, label: 'context' });
  }
  const blocks = Math.ceil(positions / BLOCK);
  const columns4 = valueSize / 4;
  const spec = (entryPoint: string) => ({ label: entryPoint.replaceAll('_', ' '), code: WEIGHTED_VALUES_WGSL, entryPoint, constants: { WORKGROUP_SIZE: 64 } });
  const partial = await getComputeKernel(device, spec('weighted_values_partial'));
  const fold = await getComputeKernel(device, spec('weighted_values_fold'));
  const view = partial.uniformView('weighted_values_params');
  view.set({ steps, positions, columns4, blocks });
  const params = createUniformBuffer(device, view, 'context params');
  const partials = createCheckedBuffer(device, { size: paddedSize(steps * blocks * valueSize * 4), usage: storageUsage(), label: 'context partial sums' });
  // Each entry point's layout holds only the bindings it uses.
  const shared = { weighted_values_partials: partials, weighted_values_params: params };
  const partialBindings = { ...shared, weighted_values_alpha: options.weights, weighted_values_v: options.values };
  const dispatches: ComputeDispatch[] = [
    {
      pipeline: partial.pipeline,
      bindGroup: partial.bindGroup(partialBindings),
      workgroups: Math.ceil((steps * blocks * columns4) / 64),
      label: 'context blocks',
    },
    {
      pipeline: fold.pipeline,
      bindGroup: fold.bindGroup({ ...shared, weighted_values_out: options.out }),
      workgroups: Math.ceil((steps * columns4) / 64),
      label: 'context fold',
    },
  ];
  return {
    dispatches,
    destroy() {
      params.destroy();
      partials.destroy();
    },
  };
}
