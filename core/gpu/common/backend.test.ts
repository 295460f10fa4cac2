/**
 * The GPU backend's policy with fake devices and engines: one engine per device and kind, the fallback to the
 * reference with its reason, and device loss (engines dropped, a new device from the provider, or the reference).
 */
import { describe, expect, it } from 'vitest';
import { createEngineCache, createGpuBackend, withEngines, type EngineKind } from './backend.ts';
import { fakeDevice } from '../../testing/fake-device.ts';

/** An engine kind that counts what it built and destroyed, and names the device it was built on. */
function countingKind() {
  const built: string[] = [];
  const destroyed: string[] = [];
  const kind: EngineKind<{ device: string }> = {
    id: 'fake',
    create: async (device) => {
      built.push(device.label);
      return { device: device.label };
    },
    destroy: (e) => destroyed.push(e.device),
  };
  return { kind, built, destroyed };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('engine cache', () => {
  it('builds one engine per kind and device, and destroys them on dispose', async () => {
    const a = fakeDevice('a');
    const { kind, built, destroyed } = countingKind();
    const cache = createEngineCache(a.device);
    const [e1, e2] = await Promise.all([cache.engine(kind), cache.engine(kind)]);
    expect(e1).toBe(e2);
    expect(built).toEqual(['a']);
    cache.dispose();
    await settle();
    expect(destroyed).toEqual(['a']);
  });
  it('does not keep a failed build: the next use tries again', async () => {
    const a = fakeDevice('a');
    let calls = 0;
    const flaky: EngineKind<number> = {
      id: 'flaky',
      create: async () => (++calls === 1 ? Promise.reject(new Error('compile error')) : calls),
    };
    const cache = createEngineCache(a.device);
    await expect(cache.engine(flaky)).rejects.toThrow('compile error');
    await settle();
    expect(await cache.engine(flaky)).toBe(2);
  });
  it('withEngines frees the engines after a one-shot use, even when it throws', async () => {
    const a = fakeDevice('a');
    const { kind, destroyed } = countingKind();
    await expect(withEngines(a.device, async (gpu) => (await gpu.engine(kind), Promise.reject(new Error('boom'))))).rejects.toThrow('boom');
    await settle();
    expect(destroyed).toEqual(['a']);
  });
});

describe('GPU backend', () => {
  it('runs on the GPU when there is a device, with no fallback reason', async () => {
    const a = fakeDevice('a');
    const { kind } = countingKind();
    const backend = createGpuBackend({ device: a.device });
    const out = await backend.compute(
      async (gpu) => (await gpu.engine(kind)).device,
      () => 'reference',
    );
    expect(out).toEqual({ trace: 'a', backend: 'webgpu' });
  });
  it('computes the reference without a reason when no device was ever expected', async () => {
    const out = await createGpuBackend().compute(
      async () => 'gpu',
      () => 'reference',
    );
    expect(out).toEqual({ trace: 'reference', backend: 'cpu' });
  });
  it('falls back to the reference when the GPU fails, and says why', async () => {
    const backend = createGpuBackend({ device: fakeDevice('a').device });
    const out = await backend.compute(
      () => Promise.reject(new Error('mapAsync failed')),
      () => 'reference',
    );
    expect(out.backend).toBe('cpu');
    expect(out.trace).toBe('reference');
    expect(out.fallbackReason).toMatch(/GPU computation failed: mapAsync failed/);
  });
  it('on device.lost drops the engines, tells the listeners and asks the provider for a new device', async () => {
    const a = fakeDevice('a');
    const b = fakeDevice('b');
    const { kind, built, destroyed } = countingKind();
    let asked = 0;
    const backend = createGpuBackend({ device: a.device, provider: async () => (++asked, b.device) });
    const losses: string[] = [];
    backend.onDeviceLost((loss) => losses.push(loss.reason));
    const run = () =>
      backend.compute(
        async (gpu) => (await gpu.engine(kind)).device,
        () => 'reference',
      );
    expect((await run()).trace).toBe('a');
    a.lose('destroyed on purpose');
    await settle();
    expect(losses).toEqual(['the GPU device was lost (destroyed): destroyed on purpose']);
    expect(destroyed).toEqual(['a']);
    expect(backend.device).toBeNull();
    expect(await run()).toEqual({ trace: 'b', backend: 'webgpu' });
    expect(await run()).toEqual({ trace: 'b', backend: 'webgpu' });
    expect(asked).toBe(1);
    expect(built).toEqual(['a', 'b']);
  });
  it('treats an uncaptured error as a loss; with no new device it computes the reference and gives the reason', async () => {
    const a = fakeDevice('a');
    const backend = createGpuBackend({ device: a.device, provider: async () => null });
    a.fail('Buffer used in submit while destroyed');
    const out = await backend.compute(
      async () => 'gpu',
      () => 'reference',
    );
    expect(out.backend).toBe('cpu');
    expect(out.fallbackReason).toMatch(/uncaptured error: Buffer used in submit while destroyed/);
  });
  it('falls back with both reasons when asking for a new device throws', async () => {
    const a = fakeDevice('a');
    const backend = createGpuBackend({ device: a.device, provider: () => Promise.reject(new Error('no adapter')) });
    a.lose();
    await settle();
    const out = await backend.compute(
      async () => 'gpu',
      () => 'reference',
    );
    expect(out).toMatchObject({ trace: 'reference', backend: 'cpu' });
    expect(out.fallbackReason).toMatch(/lost.*asking for a new device failed: no adapter/);
  });
  it('ignores the loss of a device it already replaced', async () => {
    const a = fakeDevice('a');
    const b = fakeDevice('b');
    const backend = createGpuBackend({ device: a.device, provider: async () => b.device });
    const losses: string[] = [];
    backend.onDeviceLost((loss) => losses.push(loss.device.label));
    a.fail('first');
    await backend.compute(
      async () => 'gpu',
      () => 'reference',
    );
    a.lose();
    await settle();
    expect(losses).toEqual(['a']);
    expect(backend.device).toBe(b.device);
  });
});
