/**
 * Row-wise stable softmax on the GPU with an optional mask (shaders/common/row-softmax.wgsl): one workgroup per
 * row, max subtracted, masked entries exactly 0, a row with nothing kept all zeros (as core/math/softmax.ts).
 * For many rows of up to a few thousand entries (the attention weights of every output step at once); for one
 * vector of millions of entries use {@link createSoftmax} (multi-workgroup reductions).
 *
 * ```ts
 * const sm = await createRowSoftmax(device, { input: scores, output: weights, rows: S, cols: T, mask });
 * encodeDispatches(pass, sm.dispatches);
 * ```
 */
import rowSoftmaxWgsl from '#shaders/common/row-softmax.wgsl?raw';
import { createCheckedBuffer, createUniformBuffer, paddedSize } from './buffers.ts';
import { WORKGROUP_INDEX_WGSL } from './common-shaders.ts';
import type { ComputeDispatch } from './dispatch.ts';
import { getComputeKernel } from './kernel.ts';
import { composeWgsl } from './wgsl.ts';

/** The composed row-softmax module (workgroup index + kernel), for compile tests. */
export const ROW_SOFTMAX_WGSL = composeWgsl(WORKGROUP_INDEX_WGSL, rowSoftmaxWgsl);

/** Options of {@link createRowSoftmax}. */
export interface RowSoftmaxOptions {
  /** rows × cols float32, row-major. */
  readonly input: GPUBuffer;
  /** rows × cols; must differ from `input`. */
  readonly output: GPUBuffer;
  readonly rows: number;
  readonly cols: number;
  /** u32 flags (non-zero = keep); see `maskPerRow`. Without a mask every entry is kept. */
  readonly mask?: GPUBuffer;
  /** The mask holds one row of cols flags per row (rows × cols) instead of one row shared by all. */
  readonly maskPerRow?: boolean;
  readonly label?: string;
}

/** A recorded row softmax. */
export interface RowSoftmax {
  readonly dispatches: readonly ComputeDispatch[];
  destroy(): void;
}

/** Creates a u32 storage buffer of keep flags from booleans (true = keep). */
export function createMaskBuffer(device: GPUDevice, mask: readonly boolean[], label = 'mask'): GPUBuffer {
  const flags = Uint32Array.from(mask, (m) => (m ? 1 : 0));
  const buffer = createCheckedBuffer(device, {
    size: paddedSize(flags.byteLength),
    usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST,
    label,
  });
  if (flags.length > 0) device.queue.writeBuffer(buffer, 0, flags);
  return buffer;
}

/** Records a masked, stable softmax of every row of `input` into `output`. */
export async function createRowSoftmax(device: GPUDevice, options: RowSoftmaxOptions): Promise<RowSoftmax> {
  const { rows, cols } = options;
  if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(cols) || cols < 1) {
    throw new RangeError(`row softmax: rows and cols must be positive integers, got ${rows} × ${cols}`);
  }
  const label = options.label ?? 'row softmax';
  const kernel = await getComputeKernel(device, { label: 'row softmax', code: ROW_SOFTMAX_WGSL, entryPoint: 'row_softmax' });
  const view = kernel.uniformView('row_softmax_params');
  view.set({ rows, cols, use_mask: options.mask ? 1 : 0, mask_stride: options.maskPerRow ? cols : 0 });
  const params = createUniformBuffer(device, view, `${label} params`);
  const noMask = options.mask ? undefined : createMaskBuffer(device, [], `${label} no mask`);
  const bindGroup = kernel.bindGroup({
    row_softmax_input: options.input,
    row_softmax_output: options.output,
    row_softmax_mask: options.mask ?? noMask!,
    row_softmax_params: params,
  });
  return {
    dispatches: [{ pipeline: kernel.pipeline, bindGroup, workgroups: rows, label }],
    destroy() {
      params.destroy();
      noMask?.destroy();
    },
  };
}
