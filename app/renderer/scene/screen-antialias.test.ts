import { describe, expect, it } from 'vitest';
import { screenAntialias } from './renderer-recovery.ts';

const device = (info: Partial<GPUAdapterInfo>) => ({ adapterInfo: info as GPUAdapterInfo });

describe('screenAntialias', () => {
  it('turns the screen MSAA off on a software adapter and keeps it on a hardware one or with WebGL2', () => {
    expect(screenAntialias(device({ vendor: 'google', architecture: 'swiftshader' }))).toBe(false);
    expect(screenAntialias(device({ vendor: 'mesa', device: 'llvmpipe (LLVM 19)' }))).toBe(false);
    expect(screenAntialias(device({ vendor: 'nvidia', architecture: 'hopper' }))).toBe(true);
    expect(screenAntialias(null)).toBe(true);
  });
});
