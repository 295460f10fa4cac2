import { describe, expect, it } from 'vitest';
import { acquireGpu, adapterName, isSoftwareAdapter } from './gpu.ts';

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
});
