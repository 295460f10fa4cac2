/**
 * Device loss on a real device (Dawn in Node): the device is destroyed in the middle of a run of several computations,
 * and the next computation still returns the right trace, on a new device from the provider or on the float64
 * reference, with the reason reported to the caller.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { requestComputeDevice } from './request-device.ts';
import { ntmMechanism } from '../../models/ntm/index.ts';
import { createGpuBackend, type GpuBackend } from './backend.ts';
import { traceDifference } from '../../trace/trace-compare.ts';

const opened: GPUDevice[] = [];
async function dawnDevice(): Promise<GPUDevice> {
  // vitest's gpu project installs Dawn as navigator.gpu (vitest.config.ts).
  const gpu = (globalThis as { navigator?: { gpu?: GPU } }).navigator?.gpu;
  const dawn = gpu ? await requestComputeDevice(gpu) : undefined;
  if (!dawn) throw new Error('no WebGPU adapter for the GPU test');
  opened.push(dawn.device);
  return dawn.device;
}
afterAll(() => opened.forEach((d) => d.destroy()));

const scenario = ntmMechanism.parseScenario(ntmMechanism.presets.find((p) => p.id === 'lookup')!.scenario);
const run = (backend: GpuBackend) =>
  backend.compute(
    (gpu) => ntmMechanism.runOnGpu(scenario, gpu),
    () => ntmMechanism.runReference(scenario),
  );

describe('GPU backend on a lost device', () => {
  it('asks for a new device after device.destroy() mid-run, and the next computation is right again', async () => {
    const reference = await ntmMechanism.runReference(scenario);
    const first = await dawnDevice();
    const backend = createGpuBackend({ device: first, provider: dawnDevice });
    const losses: string[] = [];
    backend.onDeviceLost((loss) => losses.push(loss.reason));

    const before = await run(backend);
    expect(before.backend).toBe('webgpu');
    expect(traceDifference(before.trace, reference, 1e-5)).toBeNull();

    // Lose the device while the second computation is in flight.
    const during = run(backend);
    first.destroy();
    const hit = await during;
    // Either it finished first, or it fell back to the reference and said why; the trace is right either way.
    if (hit.backend === 'cpu') expect(hit.fallbackReason).toMatch(/GPU|lost|destroyed/i);
    expect(traceDifference(hit.trace, reference, 1e-5)).toBeNull();

    await first.lost;
    await new Promise((r) => setTimeout(r, 0));
    expect(losses.length).toBe(1);
    expect(losses[0]).toMatch(/lost \(destroyed\)/);

    for (let k = 0; k < 2; k++) {
      const after = await run(backend);
      expect(after.backend).toBe('webgpu');
      expect(traceDifference(after.trace, reference, 1e-5)).toBeNull();
    }
    expect(backend.device).not.toBe(first);
    backend.dispose();
  });

  it('with no new device, computes the float64 reference and reports the loss as the reason', async () => {
    const reference = await ntmMechanism.runReference(scenario);
    const device = await dawnDevice();
    const backend = createGpuBackend({ device, provider: async () => null });
    expect((await run(backend)).backend).toBe('webgpu');
    device.destroy();
    await device.lost;
    const after = await run(backend);
    expect(after.backend).toBe('cpu');
    expect(after.fallbackReason).toMatch(/the GPU device was lost \(destroyed\)/);
    expect(traceDifference(after.trace, reference)).toBeNull();
  });
});
