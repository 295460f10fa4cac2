/**
 * Stable softmax on the GPU, y = softmax(scale·x) over n ≥ 1 elements, max subtracted (so scale = 1000
 * gives a one-hot, never NaN): a max reduction, a sum-of-exp reduction and a normalize pass, all
 * multi-workgroup (shaders/common/reduce.wgsl, softmax-normalize.wgsl).
 *
 * ```ts
 * const sm = await createSoftmax(device, { input: scores, output: weights, n, scale: 1 / Math.sqrt(d) });
 * encodeDispatches(pass, sm.dispatches);
 * ```
 */
import { createUniformBuffer } from './buffers.ts';
import { COMMON_MODULES } from './common-shaders.ts';
import type { ComputeDispatch } from './dispatch.ts';
import { getComputeKernel } from './kernel.ts';
import { createReduction, type Reduction } from './reduction.ts';

/** Options of {@link createSoftmax}. */
export interface SoftmaxOptions {
  readonly input: GPUBuffer;
  /** Must differ from `input`. */
  readonly output: GPUBuffer;
  readonly n: number;
  /** Multiplies x before the softmax (e.g. the NTM key strength β); default 1. */
  readonly scale?: number;
  readonly label?: string;
}

/** A recorded softmax. */
export interface Softmax {
  readonly dispatches: readonly ComputeDispatch[];
  /** max(scale·x) in element 0 after the run. */
  readonly max: Reduction;
  /** Σ exp(scale·x − max) in element 0 after the run. */
  readonly sum: Reduction;
  /** Changes the scale for later submits. */
  setScale(scale: number): void;
  destroy(): void;
}

/** Records a stable softmax of `input` into `output`. */
export async function createSoftmax(device: GPUDevice, options: SoftmaxOptions): Promise<Softmax> {
  const { input, output, n } = options;
  const scale = options.scale ?? 1;
  const label = options.label ?? 'softmax';
  const max = await createReduction(device, { op: 'max', input, n, mode: 'scale', scale, label: `${label} max` });
  const sum = await createReduction(device, { op: 'sum', input, n, mode: 'exp', scale, reference: max.result, label: `${label} sum` });
  const kernel = await getComputeKernel(device, {
    label: 'softmax normalize',
    code: COMMON_MODULES.softmaxNormalize,
    entryPoint: 'softmax_normalize',
  });
  const view = kernel.uniformView('softmax_params');
  view.set({ n, scale });
  const params = createUniformBuffer(device, view, `${label} params`);
  const normalize: ComputeDispatch = {
    pipeline: kernel.pipeline,
    bindGroup: kernel.bindGroup({
      softmax_input: input,
      softmax_output: output,
      softmax_max: max.result,
      softmax_sum: sum.result,
      softmax_params: params,
    }),
    workgroups: Math.ceil(n / kernel.workgroupSize),
    label: `${label} normalize`,
  };
  return {
    dispatches: [...max.dispatches, ...sum.dispatches, normalize],
    max,
    sum,
    setScale(s) {
      max.setScale(s);
      sum.setScale(s);
      view.set({ scale: s });
      device.queue.writeBuffer(params, 0, view.arrayBuffer);
    },
    destroy() {
      max.destroy();
      sum.destroy();
      params.destroy();
    },
  };
}
