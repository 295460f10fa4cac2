/**
 * A WebGPU device in Node through Dawn (the `webgpu` npm package).
 *
 * Dawn needs a Vulkan driver. On a machine with a GPU driver the system's loader finds it; on the build
 * machines (no GPU) Debian's Chromium ships SwiftShader, a CPU Vulkan driver, which we point the loader at
 * when the user has not chosen a driver themselves (`VK_ICD_FILENAMES` / `VK_DRIVER_FILES`).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { requestComputeDevice, type ComputeDevice } from '#core/gpu/common/request-device.ts';

/** Where Debian's chromium package installs the SwiftShader Vulkan driver manifest. */
export const SWIFTSHADER_ICD = '/usr/lib/chromium/vk_swiftshader_icd.json';

/** What {@link requestDawnDevice} found. */
export type DawnDevice = ComputeDevice;

/** How to get an adapter, for the one-line message when there is none. */
export const NO_ADAPTER_HELP =
  'no WebGPU adapter: install a Vulkan driver for your GPU, or Debian\'s "chromium" package (it brings SwiftShader, ' +
  `a CPU Vulkan driver at ${SWIFTSHADER_ICD}), or use --backend cpu`;

let gpuInstance: GPU | undefined;

/**
 * Dawn's `GPU` (what a browser calls `navigator.gpu`), created once. The first call points the Vulkan loader at
 * SwiftShader when no driver was chosen and installs the WebGPU constants (`GPUBufferUsage`, `GPUMapMode`, ...)
 * that browsers define.
 */
export function dawnGpu(): GPU {
  if (gpuInstance) return gpuInstance;
  if (!process.env.VK_ICD_FILENAMES && !process.env.VK_DRIVER_FILES && existsSync(SWIFTSHADER_ICD)) {
    process.env.VK_ICD_FILENAMES = SWIFTSHADER_ICD;
  }
  // The Vulkan loader warns on stderr when XDG_RUNTIME_DIR is unset; it is harmless, so give it a value.
  process.env.XDG_RUNTIME_DIR ??= '/tmp';
  const require = createRequire(import.meta.url);
  const webgpu = require('webgpu') as { globals: Record<string, unknown>; create: (flags: string[]) => GPU };
  Object.assign(globalThis, webgpu.globals);
  // webgpu-utils 2.x touches Float16Array at import; Node 20 has none. Nothing here uses half floats.
  const g = globalThis as { Float16Array?: unknown };
  if (g.Float16Array === undefined) g.Float16Array = class Float16ArrayUnavailable {};
  gpuInstance = webgpu.create([]);
  return gpuInstance;
}

/**
 * Makes Dawn this process's `navigator.gpu`, as a browser provides it, so code and tests written against the
 * standard API (core/testing/gpu-test-device.ts) run unchanged in Node.
 */
export function installDawnNavigator(): void {
  const gpu = dawnGpu();
  const g = globalThis as { navigator?: object };
  if (g.navigator === undefined) Object.defineProperty(globalThis, 'navigator', { value: { gpu }, configurable: true, writable: true });
  else if (!('gpu' in g.navigator)) Object.defineProperty(g.navigator, 'gpu', { value: gpu, configurable: true });
}

/**
 * Requests an adapter and a device with the largest storage-buffer limits the adapter allows.
 * Returns `undefined` (never throws) when there is no adapter.
 */
export async function requestDawnDevice(): Promise<DawnDevice | undefined> {
  return requestComputeDevice(dawnGpu());
}
