/**
 * One Dawn device per GPU test file (`*.gpu.test.ts`): opened before the file's tests, destroyed after them.
 * GPU tests are never skipped: with no adapter the hook throws {@link NO_ADAPTER_HELP} and every test fails.
 */
import { afterAll, beforeAll } from 'vitest';
import { NO_ADAPTER_HELP, requestDawnDevice } from '../dawn-device.ts';

/** The device of a test file; read `device` inside tests and hooks (it is set before the first test). */
export interface DawnTestDevice {
  readonly device: GPUDevice;
}

/**
 * Registers the hooks and returns a handle whose `device` is valid inside tests. Call it at the top of the
 * file, before the file's own `afterAll` hooks, so those (e.g. destroying an engine) run before the device goes.
 */
export function useDawnDevice(): DawnTestDevice {
  let device: GPUDevice | undefined;
  beforeAll(async () => {
    const dawn = await requestDawnDevice();
    if (!dawn) throw new Error(NO_ADAPTER_HELP);
    device = dawn.device;
  });
  afterAll(() => device?.destroy());
  return {
    get device(): GPUDevice {
      if (!device) throw new Error('the Dawn device is opened in beforeAll: read it inside a test or hook');
      return device;
    },
  };
}
