/**
 * A small dense matrix product on the GPU, C = A·B or A·Bᵀ, plus an optional bias per column
 * (shaders/common/matmul.wgsl): one thread per output element, the inner sum blocked by 64 for float32
 * accuracy. Used by the attention engine for query projections (Wᵀq, Wq + b, Uh), scores (Q·Kᵀ) and
 * context vectors of all output steps at once (α·V); reusable wherever a batch of weighted row sums is needed.
 *
 * ```ts
 * const mm = await createMatmul(device, { a: weights, b: values, out: contexts, rows: S, inner: T, cols: Dv });
 * encodeDispatches(pass, mm.dispatches);   // with the producers of `weights` before it, in the same pass
 * ```
 */
import matmulWgsl from '#shaders/common/matmul.wgsl?raw';
import { createF32Buffer, createUniformBuffer } from './buffers.ts';
import { WORKGROUP_INDEX_WGSL } from './common-shaders.ts';
import type { ComputeDispatch } from './dispatch.ts';
import { getComputeKernel } from './kernel.ts';
import { composeWgsl } from './wgsl.ts';

/** The composed matmul module (workgroup index + kernel), for compile tests. */
export const MATMUL_WGSL = composeWgsl(WORKGROUP_INDEX_WGSL, matmulWgsl);

/** Options of {@link createMatmul}; all matrices row-major float32. */
export interface MatmulOptions {
  /** rows × inner. */
  readonly a: GPUBuffer;
  /** inner × cols, or cols × inner when `transposeB`. */
  readonly b: GPUBuffer;
  /** rows × cols; must differ from `a` and `b`. */
  readonly out: GPUBuffer;
  readonly rows: number;
  readonly cols: number;
  readonly inner: number;
  /** B is stored as cols × inner and used transposed (C = A·Bᵀ). */
  readonly transposeB?: boolean;
  /** Added to every row of the result, length cols. */
  readonly bias?: GPUBuffer;
  readonly label?: string;
}

/** A recorded matrix product. */
export interface Matmul {
  readonly dispatches: readonly ComputeDispatch[];
  destroy(): void;
}

/** Records C = A·B (or A·Bᵀ) + bias. */
export async function createMatmul(device: GPUDevice, options: MatmulOptions): Promise<Matmul> {
  const { rows, cols, inner } = options;
  for (const [name, value] of Object.entries({ rows, cols, inner })) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`matmul: ${name} must be a positive integer, got ${value}`);
  }
  if (rows * cols >= 2 ** 32) throw new RangeError(`matmul: ${rows} × ${cols} outputs exceed 2³²`);
  const label = options.label ?? 'matmul';
  const kernel = await getComputeKernel(device, { label: 'matmul', code: MATMUL_WGSL, entryPoint: 'matmul' });
  const view = kernel.uniformView('matmul_params');
  view.set({ rows, cols, inner, transpose_b: options.transposeB ? 1 : 0, use_bias: options.bias ? 1 : 0 });
  const params = createUniformBuffer(device, view, `${label} params`);
  const noBias = options.bias ? undefined : createF32Buffer(device, 1, `${label} no bias`);
  const bindGroup = kernel.bindGroup({
    matmul_a: options.a,
    matmul_b: options.b,
    matmul_bias: options.bias ?? noBias!,
    matmul_out: options.out,
    matmul_params: params,
  });
  return {
    dispatches: [{ pipeline: kernel.pipeline, bindGroup, workgroups: Math.ceil((rows * cols) / kernel.workgroupSize), label }],
    destroy() {
      params.destroy();
      noBias?.destroy();
    },
  };
}
