/**
 * Per-dispatch timings for benchmarks: how long a list of recorded dispatches takes when repeated back to back in
 * one compute pass and one submit (so submit and read-back costs are excluded), and the cost of an empty
 * dispatch on the same device: the floor a step of D dispatches cannot go under (D × that cost).
 */
import { recordDispatches, type ComputeDispatch } from '#core/gpu/common/dispatch.ts';
import { getComputeKernel } from '#core/gpu/common/kernel.ts';
import { measureUntil } from './timing.ts';

/** Milliseconds per repetition of `dispatches`, timed until one measurement lasts `targetMs` (at most `maxCount` repetitions). */
export async function msPerRepetition(device: GPUDevice, dispatches: readonly ComputeDispatch[], targetMs: number, maxCount = 100_000): Promise<number> {
  const run = async (count: number): Promise<void> => {
    const all: ComputeDispatch[] = [];
    for (let k = 0; k < count; k++) all.push(...dispatches);
    device.queue.submit([recordDispatches(device, all).finish()]);
    await device.queue.onSubmittedWorkDone();
  };
  await run(1);
  const { count, ms } = await measureUntil(run, { targetMs, maxCount });
  return ms / count;
}

const EMPTY_WGSL = `
@group(0) @binding(0) var<storage, read_write> empty_sink: array<f32>;
@compute @workgroup_size(64)
fn empty_kernel(@builtin(local_invocation_index) lid: u32) {
  if (lid == 0xffffffffu) {
    empty_sink[0] = 0.0;
  }
}`;

/** The cost of one dispatch of a kernel that does nothing (one workgroup of 64 threads), in milliseconds. */
export async function measureEmptyDispatch(device: GPUDevice, targetMs = 1000): Promise<number> {
  const kernel = await getComputeKernel(device, { label: 'empty', code: EMPTY_WGSL, entryPoint: 'empty_kernel' });
  const sink = device.createBuffer({ size: 16, usage: GPUBufferUsage.STORAGE, label: 'empty sink' });
  const ms = await msPerRepetition(device, [{ pipeline: kernel.pipeline, bindGroup: kernel.bindGroup({ empty_sink: sink }), workgroups: 1 }], targetMs);
  sink.destroy();
  return ms;
}
