import { describe, expect, it } from 'vitest';
import { SOFTWARE_WEBGPU_FLAGS, VULKAN_X11_FLAGS, chromiumArgs, sandboxFlags } from './chromium-flags.ts';

const base = { url: 'http://127.0.0.1:4173/?e2e=1', profileDir: '/tmp/atenea-chromium-x', root: false, dev: false } as const;

describe('chromiumArgs', () => {
  it('uses exactly the SwiftShader WebGPU flags where there is no GPU, whatever the mode', () => {
    for (const gpu of ['default', 'vulkan-x11', 'cpu'] as const) {
      const args = chromiumArgs({ ...base, gpu, softwareOnly: true });
      const gpuFlags = args.filter(
        (a) =>
          !a.startsWith('--app=') &&
          !a.startsWith('--user-data-dir=') &&
          !['--no-default-browser-check', '--window-size=1920,1080', '--start-maximized'].includes(a),
      );
      expect(gpuFlags).toEqual([...SOFTWARE_WEBGPU_FLAGS]);
    }
    expect(SOFTWARE_WEBGPU_FLAGS).toEqual([
      '--enable-unsafe-webgpu',
      '--enable-features=Vulkan',
      '--use-gl=angle',
      '--use-angle=vulkan',
      '--use-vulkan=swiftshader',
      '--use-webgpu-adapter=swiftshader',
      '--ignore-gpu-blocklist',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ]);
  });

  it('opens the URL in app mode with a fresh profile, last', () => {
    const args = chromiumArgs({ ...base, gpu: 'default', softwareOnly: false });
    expect(args.at(-1)).toBe('--app=http://127.0.0.1:4173/?e2e=1');
    expect(args).toContain('--user-data-dir=/tmp/atenea-chromium-x');
    expect(args).toContain('--no-first-run');
    expect(args).toContain('--disable-background-networking');
  });

  it('adds the Vulkan-on-X11 switches for vulkan-x11 on a real GPU', () => {
    const args = chromiumArgs({ ...base, gpu: 'vulkan-x11', softwareOnly: false });
    for (const flag of VULKAN_X11_FLAGS) expect(args).toContain(flag);
    expect(args).not.toContain('--use-webgpu-adapter=swiftshader');
    expect(args).not.toContain('--no-sandbox');
  });

  it('keeps the sandbox on without a GPU too, unless running as root', () => {
    expect(SOFTWARE_WEBGPU_FLAGS).not.toContain('--no-sandbox');
    expect(chromiumArgs({ ...base, gpu: 'default', softwareOnly: true })).not.toContain('--no-sandbox');
    expect(chromiumArgs({ ...base, gpu: 'default', softwareOnly: true, root: true })).toContain('--no-sandbox');
    expect(sandboxFlags(false)).toEqual([]);
    expect(sandboxFlags(true)).toEqual(['--no-sandbox']);
  });

  it('keeps the sandbox on a real GPU unless running as root', () => {
    expect(chromiumArgs({ ...base, gpu: 'default', softwareOnly: false })).not.toContain('--no-sandbox');
    expect(chromiumArgs({ ...base, gpu: 'default', softwareOnly: false, root: true })).toContain('--no-sandbox');
    expect(chromiumArgs({ ...base, gpu: 'cpu', softwareOnly: false })).not.toContain('--enable-unsafe-webgpu');
  });
});
