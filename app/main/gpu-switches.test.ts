import { describe, expect, it } from 'vitest';
import { gpuModeFromArgv, gpuSwitches, hasE2eFlag, parseGpuPreference, resolveGpuMode, serializeGpuPreference } from './gpu-switches.ts';

describe('gpuSwitches', () => {
  it('starts with none by default and for cpu', () => {
    expect(gpuSwitches('default')).toEqual([]);
    expect(gpuSwitches('cpu')).toEqual([]);
  });
  it('gives the Vulkan-on-X11 set of the README\'s "GPU switches", all features in one switch', () => {
    expect(gpuSwitches('vulkan-x11')).toEqual([
      { name: 'enable-unsafe-webgpu' },
      { name: 'ozone-platform', value: 'x11' },
      { name: 'use-angle', value: 'vulkan' },
      { name: 'enable-features', value: 'Vulkan,VulkanFromANGLE' },
    ]);
  });
});

describe('gpuModeFromArgv', () => {
  it('reads --gpu=mode and --gpu mode, the last one winning', () => {
    expect(gpuModeFromArgv(['/electron', '/repo'])).toEqual({ kind: 'absent' });
    expect(gpuModeFromArgv(['/electron', '/repo', '--gpu=vulkan-x11'])).toEqual({ kind: 'given', mode: 'vulkan-x11' });
    expect(gpuModeFromArgv(['--gpu', 'cpu'])).toEqual({ kind: 'given', mode: 'cpu' });
    expect(gpuModeFromArgv(['--gpu=cpu', '--gpu=default'])).toEqual({ kind: 'given', mode: 'default' });
  });
  it('reports a bad value', () => {
    expect(gpuModeFromArgv(['--gpu=metal'])).toEqual({ kind: 'invalid', value: 'metal' });
    expect(gpuModeFromArgv(['--gpu'])).toEqual({ kind: 'invalid', value: '' });
  });
  it('ignores look-alikes', () => {
    expect(gpuModeFromArgv(['--gpu-rasterization', '--atenea-gpu=cpu'])).toEqual({ kind: 'absent' });
  });
});

describe('the remembered choice', () => {
  it('round-trips through JSON', () => {
    expect(parseGpuPreference(serializeGpuPreference('vulkan-x11'))).toBe('vulkan-x11');
  });
  it.each([undefined, '', '{', 'null', '[]', '{"gpu":"metal"}', '{"gpu":1}'])('reads %s as no preference', (text) => {
    expect(parseGpuPreference(text)).toBeUndefined();
  });
  it('lets the command line win over the remembered choice', () => {
    expect(resolveGpuMode({ kind: 'given', mode: 'cpu' }, 'vulkan-x11')).toBe('cpu');
    expect(resolveGpuMode({ kind: 'absent' }, 'vulkan-x11')).toBe('vulkan-x11');
    expect(resolveGpuMode({ kind: 'absent' }, undefined)).toBe('default');
  });
});

describe('hasE2eFlag', () => {
  it('finds --e2e', () => {
    expect(hasE2eFlag(['/electron', '/repo', '--e2e'])).toBe(true);
    expect(hasE2eFlag(['/electron', '/repo'])).toBe(false);
  });
});
