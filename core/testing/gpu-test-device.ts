/**
 * One WebGPU device per GPU test file (`*.gpu.test.ts`): opened before the file's tests from `navigator.gpu`,
 * destroyed after them. In Node, vitest's `gpu` project installs Dawn as `navigator.gpu` (vitest.config.ts).
 * GPU tests are never skipped: with no adapter the hook throws and every test fails.
 */
import { afterAll, beforeAll } from 'vitest';
import { requestComputeDevice } from '../gpu/common/request-device.ts';

/** The device of a test file; read `device` inside tests and hooks (it is set before the first test). */
export interface GpuTestDevice {
  readonly device: GPUDevice;
}

/** The one line a GPU test fails with when the process has no WebGPU adapter. */
export const NO_TEST_ADAPTER = 'no WebGPU adapter for the GPU tests: run them through vitest (its gpu project installs Dawn and points it at SwiftShader)';

/**
 * Registers the hooks and returns a handle whose `device` is valid inside tests. Call it at the top of the
 * file, before the file's own `afterAll` hooks, so those (e.g. destroying an engine) run before the device goes.
 */
export function useGpuDevice(): GpuTestDevice {
  let device: GPUDevice | undefined;
  beforeAll(async () => {
    const gpu = (globalThis as { navigator?: { gpu?: GPU } }).navigator?.gpu;
    const found = gpu ? await requestComputeDevice(gpu) : undefined;
    if (!found) throw new Error(NO_TEST_ADAPTER);
    device = found.device;
  });
  afterAll(() => device?.destroy());
  return {
    get device(): GPUDevice {
      if (!device) throw new Error('the GPU test device is opened in beforeAll: read it inside a test or hook');
      return device;
    },
  };
}
