/**
 * A WebGPU device in Node through Dawn (the `webgpu` npm package).
 *
 * Dawn needs a Vulkan driver. On a machine with a GPU driver the system's loader finds it; on the build
 * machines (no GPU) Debian's Chromium ships SwiftShader, a CPU Vulkan driver, which we point the loader at
 * when the user has not chosen a driver themselves (`VK_ICD_FILENAMES` / `VK_DRIVER_FILES`).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Where Debian's chromium package installs the SwiftShader Vulkan driver manifest. */
export const SWIFTSHADER_ICD = '/usr/lib/chromium/vk_swiftshader_icd.json';

/** What {@link requestDawnDevice} found. */
export interface DawnDevice {
  readonly device: GPUDevice;
  readonly adapterName: string;
  /** True when the adapter is a software (CPU) implementation such as SwiftShader. */
  readonly isSoftware: boolean;
}

/** How to get an adapter, for the one-line message when there is none. */
export const NO_ADAPTER_HELP =
  'no WebGPU adapter: install a Vulkan driver for your GPU, or Debian\'s "chromium" package (it brings SwiftShader, ' +
  `a CPU Vulkan driver at ${SWIFTSHADER_ICD}), or use --backend cpu`;

let globalsInstalled = false;
let gpuInstance: GPU | undefined;

/** Installs the WebGPU constants (`GPUBufferUsage`, `GPUMapMode`, ...) that browsers define, once. */
export function installWebGpuGlobals(): void {
  if (globalsInstalled) return;
  const require = createRequire(import.meta.url);
  const webgpu = require('webgpu') as { globals: Record<string, unknown>; create: (flags: string[]) => GPU };
  Object.assign(globalThis, webgpu.globals);
  // webgpu-utils 2.x touches Float16Array at import; Node 20 has none. Nothing here uses half floats.
  const g = globalThis as { Float16Array?: unknown };
  if (g.Float16Array === undefined) g.Float16Array = class Float16ArrayUnavailable {};
  gpuInstance = webgpu.create([]);
  globalsInstalled = true;
}

/**
 * Requests an adapter and a device with the largest storage-buffer limits the adapter allows.
 * Returns `undefined` (never throws) when there is no adapter.
 */
export async function requestDawnDevice(): Promise<DawnDevice | undefined> {
  if (!process.env.VK_ICD_FILENAMES && !process.env.VK_DRIVER_FILES && existsSync(SWIFTSHADER_ICD)) {
    process.env.VK_ICD_FILENAMES = SWIFTSHADER_ICD;
  }
  // The Vulkan loader warns on stderr when XDG_RUNTIME_DIR is unset; it is harmless, so give it a value.
  process.env.XDG_RUNTIME_DIR ??= '/tmp';
  installWebGpuGlobals();
  const adapter = await gpuInstance!.requestAdapter({ powerPreference: 'high-performance' });
  if (!adapter) return undefined;
  const limits = adapter.limits;
  const device = await adapter.requestDevice({
    requiredLimits: {
      maxStorageBufferBindingSize: limits.maxStorageBufferBindingSize,
      maxBufferSize: limits.maxBufferSize,
      maxComputeWorkgroupStorageSize: limits.maxComputeWorkgroupStorageSize,
      maxComputeInvocationsPerWorkgroup: limits.maxComputeInvocationsPerWorkgroup,
      maxComputeWorkgroupSizeX: limits.maxComputeWorkgroupSizeX,
      maxStorageBuffersPerShaderStage: limits.maxStorageBuffersPerShaderStage,
    },
  });
  const info = adapter.info;
  const adapterName = [info.vendor, info.architecture, info.device, info.description].filter(Boolean).join(' ') || 'unknown adapter';
  const isSoftware = Boolean(info.isFallbackAdapter) || /swiftshader|llvmpipe|software/i.test(adapterName);
  return { device, adapterName, isSoftware };
}
