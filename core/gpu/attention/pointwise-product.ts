/**
 * The lecture's definition of attention on WebGPU: y = x ⊙ m, an object times a mask of the same shape
 * (shaders/attention/pointwise-product.wgsl, four values per thread), for images up to 4,096 × 4,096 and beyond
 * (a 2-D workgroup grid).
 */
import { createF32Buffer, createUniformBuffer, readBackF32 } from '../common/buffers.ts';
import { recordDispatches, type ComputeDispatch } from '../common/dispatch.ts';
import { expectFloat32Values } from '../common/float32-range.ts';
import { getComputeKernel } from '../common/kernel.ts';
import { POINTWISE_PRODUCT_WGSL } from './attention-shaders.ts';

/** A product's GPU buffers and its one dispatch, recorded but not submitted. */
export interface PointwiseProductPlan {
  readonly dispatches: readonly ComputeDispatch[];
  /** The product, `count` values (then zero padding to a multiple of 4). */
  readonly out: GPUBuffer;
  readonly count: number;
  /** Destroys every buffer the plan created. */
  destroy(): void;
}

/**
 * Uploads `object` (`channels` interleaved values per element) and `mask` (one value per element) as float32 and
 * records their product. The object and the output are padded to a multiple of 4 values (new buffers are zero-filled).
 */
export async function recordPointwiseProduct(
  device: GPUDevice,
  object: ArrayLike<number>,
  mask: ArrayLike<number>,
  channels = 1,
): Promise<PointwiseProductPlan> {
  if (!Number.isInteger(channels) || channels < 1) throw new RangeError(`pointwise product: channels must be a positive integer, got ${channels}`);
  if (object.length !== mask.length * channels) {
    throw new RangeError(`pointwise product: object has ${object.length} values, expected ${mask.length} × ${channels}`);
  }
  const count = object.length;
  const count4 = Math.ceil(count / 4);
  const kernel = await getComputeKernel(device, { label: 'pointwise product', code: POINTWISE_PRODUCT_WGSL, entryPoint: 'pointwise_product' });
  const view = kernel.uniformView('product_params');
  view.set({ count4, channels, last: Math.max(0, mask.length - 1) });
  const params = createUniformBuffer(device, view, 'product params');
  const objectBuffer = createF32Buffer(device, 4 * count4, 'object', object);
  const maskBuffer = createF32Buffer(device, mask.length, 'mask', mask);
  const out = createF32Buffer(device, 4 * count4, 'object ⊙ mask');
  const bindGroup = kernel.bindGroup({ product_object: objectBuffer, product_mask: maskBuffer, product_out: out, product_params: params });
  return {
    dispatches: [{ pipeline: kernel.pipeline, bindGroup, workgroups: Math.max(1, Math.ceil(count4 / kernel.workgroupSize)), label: 'pointwise product' }],
    out,
    count,
    destroy: () => [params, objectBuffer, maskBuffer, out].forEach((b) => b.destroy()),
  };
}

/**
 * Computes object ⊙ mask on `device` and reads it back once. `object` has `channels` interleaved values per
 * element (1 for a grey image), `mask` one value per element; values are converted to float32.
 */
export async function pointwiseProductGpu(device: GPUDevice, object: ArrayLike<number>, mask: ArrayLike<number>, channels = 1): Promise<Float32Array> {
  // The object's values (a text's `values`) may be any float64; the mask lies in [0, 1].
  expectFloat32Values(object, 'values', undefined, 'magnitude');
  const plan = await recordPointwiseProduct(device, object, mask, channels);
  try {
    const [result] = await readBackF32(device, [{ buffer: plan.out, count: plan.count }], recordDispatches(device, plan.dispatches));
    return result!;
  } finally {
    plan.destroy();
  }
}
