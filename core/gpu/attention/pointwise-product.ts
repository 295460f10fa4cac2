/**
 * The lecture's definition of attention on WebGPU: y = x ⊙ m, an object times a mask of the same shape
 * (shaders/attention/pointwise-product.wgsl), for images up to 4,096 × 4,096 and beyond (a 2-D workgroup grid).
 */
import { createF32Buffer, createUniformBuffer, readBackF32 } from '../common/buffers.ts';
import { encodeDispatches } from '../common/dispatch.ts';
import { expectFloat32Values } from '../common/float32-range.ts';
import { getComputeKernel } from '../common/kernel.ts';
import { POINTWISE_PRODUCT_WGSL } from './attention-shaders.ts';

/**
 * Computes object ⊙ mask on `device` and reads it back once. `object` has `channels` interleaved values per
 * element (1 for a grey image), `mask` one value per element; values are converted to float32.
 */
export async function pointwiseProductGpu(device: GPUDevice, object: ArrayLike<number>, mask: ArrayLike<number>, channels = 1): Promise<Float32Array> {
  if (!Number.isInteger(channels) || channels < 1) throw new RangeError(`pointwise product: channels must be a positive integer, got ${channels}`);
  if (object.length !== mask.length * channels) {
    throw new RangeError(`pointwise product: object has ${object.length} values, expected ${mask.length} × ${channels}`);
  }
  // The object's values (a text's `values`) may be any float64; the mask lies in [0, 1].
  expectFloat32Values(object, 'values', undefined, 'magnitude');
  const count = object.length;
  if (count === 0) return new Float32Array(0);
  const kernel = await getComputeKernel(device, {
    label: 'pointwise product',
    code: POINTWISE_PRODUCT_WGSL,
    entryPoint: 'pointwise_product',
  });
  const view = kernel.uniformView('product_params');
  view.set({ count, channels });
  const params = createUniformBuffer(device, view, 'product params');
  const objectBuffer = createF32Buffer(device, count, 'object', object);
  const maskBuffer = createF32Buffer(device, mask.length, 'mask', mask);
  const out = createF32Buffer(device, count, 'object ⊙ mask');
  try {
    const bindGroup = kernel.bindGroup({
      product_object: objectBuffer,
      product_mask: maskBuffer,
      product_out: out,
      product_params: params,
    });
    const encoder = device.createCommandEncoder({ label: 'pointwise product' });
    const pass = encoder.beginComputePass();
    encodeDispatches(pass, [{ pipeline: kernel.pipeline, bindGroup, workgroups: Math.ceil(count / kernel.workgroupSize), label: 'pointwise product' }]);
    pass.end();
    const [result] = await readBackF32(device, [{ buffer: out, count }], encoder);
    return result!;
  } finally {
    for (const b of [params, objectBuffer, maskBuffer, out]) b.destroy();
  }
}
