/**
 * C = A·Bᵀ (+ bias) with vec4 rows (shaders/attention/rows-dot.wgsl) when the inner size is a multiple of 4, else
 * the scalar shared matmul (shaders/common/matmul.wgsl): the attention scores Q·Hᵀ and the additive Uh = H·Uᵀ.
 * On SwiftShader the vec4 kernel runs the T = 1,024, D = A = 64 Uh about 10× faster than the scalar one
 * (README "Speed", `npm run bench -- attention`).
 */
import rowsDotWgsl from '#shaders/attention/rows-dot.wgsl?raw';
import { createF32Buffer, createUniformBuffer } from '../common/buffers.ts';
import { WORKGROUP_INDEX_WGSL } from '../common/common-shaders.ts';
import type { ComputeDispatch } from '../common/dispatch.ts';
import { getComputeKernel } from '../common/kernel.ts';
import { createMatmul, type Matmul, type MatmulOptions } from '../common/matmul.ts';
import { composeWgsl } from '../common/wgsl.ts';

/** The composed rows-dot module, for compile tests. */
export const ROWS_DOT_WGSL = composeWgsl(WORKGROUP_INDEX_WGSL, rowsDotWgsl);

/** Each thread of rows-dot.wgsl computes a TILE × TILE block of outputs. */
const TILE = 4;

/** Records C = A·Bᵀ + bias, B stored as cols × inner (`transposeB` of {@link MatmulOptions} is implied). */
export async function createRowsDot(device: GPUDevice, options: Omit<MatmulOptions, 'transposeB'>): Promise<Matmul> {
  const { rows, cols, inner } = options;
  if (inner % 4 !== 0) return createMatmul(device, { ...options, transposeB: true });
  for (const [name, value] of Object.entries({ rows, cols, inner })) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`rows dot: ${name} must be a positive integer, got ${value}`);
  }
  const threads = Math.ceil(rows / TILE) * Math.ceil(cols / TILE);
  if (rows * cols >= 2 ** 32) throw new RangeError(`rows dot: ${rows} × ${cols} outputs exceed 2³²`);
  const label = options.label ?? 'rows dot';
  const kernel = await getComputeKernel(device, { label: 'rows dot', code: ROWS_DOT_WGSL, entryPoint: 'rows_dot', constants: { WORKGROUP_SIZE: 64 } });
  const view = kernel.uniformView('rows_dot_params');
  view.set({ rows, cols, inner4: inner / 4, use_bias: options.bias ? 1 : 0 });
  const params = createUniformBuffer(device, view, `${label} params`);
  const noBias = options.bias ? undefined : createF32Buffer(device, 1, `${label} no bias`);
  const bindGroup = kernel.bindGroup({
    rows_dot_a: options.a,
    rows_dot_b: options.b,
    rows_dot_bias: options.bias ?? noBias!,
    rows_dot_out: options.out,
    rows_dot_params: params,
  });
  const dispatch: ComputeDispatch = { pipeline: kernel.pipeline, bindGroup, workgroups: Math.ceil(threads / kernel.workgroupSize), label };
  return {
    dispatches: [dispatch],
    destroy() {
      params.destroy();
      noBias?.destroy();
    },
  };
}
