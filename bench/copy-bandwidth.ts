/**
 * A plain buffer-copy kernel's bandwidth on a device (shaders/common/copy.wgsl, 16 bytes per thread):
 * the yardstick each benchmark divides its own bytes per second by.
 */
import { createF32Buffer } from '#core/gpu/common/buffers.ts';
import { COMMON_MODULES } from '#core/gpu/common/common-shaders.ts';
import { recordDispatches, type ComputeDispatch } from '#core/gpu/common/dispatch.ts';
import { getComputeKernel } from '#core/gpu/common/kernel.ts';
import { createUniformBuffer } from '#core/gpu/common/buffers.ts';
import { measureUntil } from './timing.ts';

/** What {@link measureCopyBandwidth} found. */
export interface CopyBandwidth {
  /** Bytes of the source buffer. */
  readonly bufferBytes: number;
  /** Copies timed. */
  readonly copies: number;
  /** (read + written bytes) per second. */
  readonly bytesPerSecond: number;
}

/** Times back-to-back copies of a `bufferBytes` buffer (read once, written once per copy). */
export async function measureCopyBandwidth(device: GPUDevice, bufferBytes = 64 * 1024 * 1024, targetMs = 1000): Promise<CopyBandwidth> {
  const floats = bufferBytes / 4;
  const vec4s = floats / 4;
  const kernel = await getComputeKernel(device, { label: 'copy', code: COMMON_MODULES.copy, entryPoint: 'copy_vec4' });
  const source = createF32Buffer(device, floats, 'copy source', new Float32Array(floats).fill(1));
  const target = createF32Buffer(device, floats, 'copy target');
  const view = kernel.uniformView('copy_params');
  view.set({ count: vec4s });
  const params = createUniformBuffer(device, view, 'copy params');
  const dispatch: ComputeDispatch = {
    pipeline: kernel.pipeline,
    bindGroup: kernel.bindGroup({ copy_source: source, copy_target: target, copy_params: params }),
    workgroups: Math.ceil(vec4s / kernel.workgroupSize),
  };
  const run = async (count: number): Promise<void> => {
    for (let k = 0; k < count; k++) device.queue.submit([recordDispatches(device, [dispatch]).finish()]);
    await device.queue.onSubmittedWorkDone();
  };
  await run(1);
  const { count, ms } = await measureUntil(run, { targetMs, maxCount: 10_000 });
  [source, target, params].forEach((b) => b.destroy());
  return { bufferBytes, copies: count, bytesPerSecond: (2 * bufferBytes * count) / (ms / 1000) };
}
