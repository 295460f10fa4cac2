/**
 * Times recorded compute dispatches on a device: a chain back to back (K copies in one compute pass, one
 * submit, timed to `queue.onSubmittedWorkDone()`; a chain of one dispatch times that kernel alone) and an empty dispatch
 * (one workgroup that returns at once) as the floor one dispatch costs. bench/ only: figures, never assertions.
 */
import { encodeDispatches, type ComputeDispatch } from '#core/gpu/common/dispatch.ts';
import { getComputeKernel } from '#core/gpu/common/kernel.ts';
import { measureCopyBandwidth, type CopyBandwidth } from './copy-bandwidth.ts';
import { measureUntil } from './timing.ts';

const EMPTY_WGSL = '@compute @workgroup_size(1) fn empty() {}';

/** Milliseconds one run of `dispatches` takes, from runs of growing counts encoded into one pass and one submit. */
export async function msPerChain(device: GPUDevice, dispatches: readonly ComputeDispatch[], targetMs = 500, maxCount = 4096): Promise<number> {
  const run = async (count: number): Promise<void> => {
    const encoder = device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    for (let k = 0; k < count; k++) encodeDispatches(pass, dispatches);
    pass.end();
    device.queue.submit([encoder.finish()]);
    await device.queue.onSubmittedWorkDone();
  };
  await run(1);
  const { count, ms } = await measureUntil(run, { targetMs, maxCount });
  return ms / count;
}

/** Milliseconds of one empty dispatch (one workgroup of one thread that does nothing), the floor under every kernel. */
export async function msPerEmptyDispatch(device: GPUDevice, targetMs = 300): Promise<number> {
  const kernel = await getComputeKernel(device, { label: 'empty', code: EMPTY_WGSL, entryPoint: 'empty' });
  const bindGroup = device.createBindGroup({ layout: kernel.layout, entries: [] });
  return msPerChain(device, [{ pipeline: kernel.pipeline, bindGroup, workgroups: 1, label: 'empty' }], targetMs, 100_000);
}

/**
 * The two yardsticks every benchmark measures beside its own figures, as measurements for `bestOfRounds`
 * (bench/table.ts): `copy` (seconds per byte of a 64 MiB copy; `bestCopy()` gives the fastest copy seen) and
 * `empty` (milliseconds of an empty dispatch).
 */
export function baselineMeasures(
  device: GPUDevice,
  targetMs: number,
): { measures: Record<'copy' | 'empty', () => Promise<number>>; bestCopy(): CopyBandwidth } {
  let best: CopyBandwidth | undefined;
  return {
    measures: {
      copy: async () => {
        const c = await measureCopyBandwidth(device, 64 * 1024 * 1024, targetMs);
        if (!best || c.bytesPerSecond > best.bytesPerSecond) best = c;
        return 1 / c.bytesPerSecond;
      },
      empty: () => msPerEmptyDispatch(device, targetMs / 2),
    },
    bestCopy() {
      if (!best) throw new Error('baselineMeasures: no copy was measured');
      return best;
    },
  };
}
