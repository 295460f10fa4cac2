/**
 * A stand-in GPUDevice for the backend's unit tests (no GPU): `lose()` resolves `lost` as `device.destroy()`
 * would, `fail()` dispatches an uncaptured error. It has no queue or buffers: a computation that needs them fails.
 */

/** A fake device and the two ways to lose it. */
export interface FakeDevice {
  readonly device: GPUDevice;
  lose(message?: string): void;
  fail(message: string): void;
}

/** A fake device labelled `name`. */
export function fakeDevice(name: string): FakeDevice {
  let resolveLost!: (info: { reason: string; message: string }) => void;
  const lost = new Promise<{ reason: string; message: string }>((r) => (resolveLost = r));
  const target = new EventTarget();
  const device = Object.assign(target, { label: name, lost });
  return {
    // The backend reads only `label`, `lost` and the 'uncapturederror' event of a device.
    device: device as unknown as GPUDevice,
    lose: (message = 'gone') => resolveLost({ reason: 'destroyed', message }),
    fail: (message: string) => void target.dispatchEvent(Object.assign(new Event('uncapturederror'), { error: { message } })),
  };
}
