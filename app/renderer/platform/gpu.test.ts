import { afterEach, describe, expect, it, vi } from 'vitest';
import { acquireGpu, adapterName, cpuRequested, isSoftwareAdapter } from './gpu.ts';

describe('gpu choice', () => {
  it('names software adapters', () => {
    expect(isSoftwareAdapter({ vendor: 'google', architecture: 'swiftshader' })).toBe(true);
    expect(isSoftwareAdapter({ isFallbackAdapter: true })).toBe(true);
    expect(isSoftwareAdapter({ vendor: 'nvidia', architecture: 'ada' })).toBe(false);
    expect(adapterName({ vendor: 'google', architecture: 'swiftshader', device: '' })).toBe('google / swiftshader');
    expect(adapterName({})).toBe('unknown adapter');
  });
  it('falls back to the CPU without navigator.gpu', async () => {
    const choice = await acquireGpu();
    expect(choice.device).toBeNull();
    expect(choice.info).toMatchObject({ kind: 'cpu', draw: 'webgl2' });
  });
  afterEach(() => vi.unstubAllGlobals());
  it("decides on the CPU path for ?gpu=cpu (either host) or the Electron host's --gpu=cpu, and only then", () => {
    expect(cpuRequested('?gpu=cpu')).toBe(true);
    expect(cpuRequested('?e2e=1&gpu=cpu&lang=es')).toBe(true);
    expect(cpuRequested('', 'cpu')).toBe(true);
    expect(cpuRequested('?gpu=default')).toBe(false);
    expect(cpuRequested('?gpu=vulkan-x11', 'vulkan-x11')).toBe(false);
    expect(cpuRequested('')).toBe(false);
  });
  it('skips WebGPU entirely when the CPU is forced: no adapter is even requested', async () => {
    const requestAdapter = vi.fn(async () => ({ info: { vendor: 'nvidia' }, limits: {}, requestDevice: async () => ({}) }));
    vi.stubGlobal('navigator', { gpu: { requestAdapter } });
    const forced = await acquireGpu({ forceCpu: cpuRequested('?gpu=cpu') });
    expect(requestAdapter).not.toHaveBeenCalled();
    expect(forced).toMatchObject({ device: null, info: { kind: 'cpu', draw: 'webgl2' } });
    const free = await acquireGpu({ forceCpu: cpuRequested('') });
    expect(requestAdapter).toHaveBeenCalledTimes(1);
    expect(free.info.kind).toBe('webgpu');
  });
});
