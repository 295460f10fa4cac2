/**
 * One GPU for the whole app: request an adapter and a device once, and share the device with three.js
 * (`new WebGPURenderer({ device })`) and the compute engine. No adapter: compute with the float64 reference
 * and draw with three's WebGL2 backend. A software adapter (SwiftShader, llvmpipe) works but is named.
 *
 * Compute goes through one backend (core/gpu/common/backend.ts): when the device is lost it asks this file for a
 * new one ({@link requestGpuDevice}) or falls back to the reference; {@link onDeviceLost} tells the rest of the
 * app (the status line now; the 3D view, which shares the device, can subscribe the same way).
 */
import { createGpuBackend, type DeviceLoss, type GpuBackend } from '#core/gpu/common/backend.ts';
import type { BackendInfo } from '../state/trace-slice.ts';

/** The GPU the app uses, or none. */
export interface GpuChoice {
  readonly device: GPUDevice | null;
  readonly info: BackendInfo;
}

/** Whether an adapter is a software rasteriser (by the spec's flag or by its name). */
export function isSoftwareAdapter(info: {
  isFallbackAdapter?: boolean;
  vendor?: string;
  architecture?: string;
  device?: string;
  description?: string;
}): boolean {
  if (info.isFallbackAdapter) return true;
  const text = `${info.vendor ?? ''} ${info.architecture ?? ''} ${info.device ?? ''} ${info.description ?? ''}`;
  return /swiftshader|llvmpipe|lavapipe|software|microsoft basic/i.test(text);
}

/** A short human name of an adapter, e.g. "google / swiftshader". */
export function adapterName(info: { vendor?: string; architecture?: string; device?: string; description?: string }): string {
  const parts = [info.vendor, info.architecture, info.device].filter((s): s is string => !!s && s.length > 0);
  const name = parts.length ? parts.join(' / ') : (info.description ?? '');
  return name || 'unknown adapter';
}

/**
 * Whether the app must skip WebGPU entirely (compute with the float64 reference, draw with WebGL2): `?gpu=cpu` in
 * the page URL (both hosts pass it for `--gpu=cpu`) or the Electron host's own `--gpu=cpu`.
 */
export function cpuRequested(search: string, hostGpuMode?: string): boolean {
  return new URLSearchParams(search).get('gpu') === 'cpu' || hostGpuMode === 'cpu';
}

/** An adapter and a device with its largest buffer limits, or null when there is no adapter (throws on a failure). */
async function requestAdapterAndDevice(): Promise<{ adapter: GPUAdapter; device: GPUDevice } | null> {
  if (typeof navigator === 'undefined' || !('gpu' in navigator) || !navigator.gpu) return null;
  const adapter = await navigator.gpu.requestAdapter({ powerPreference: 'high-performance' });
  if (!adapter) return null;
  const device = await adapter.requestDevice({
    requiredLimits: {
      maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
      maxBufferSize: adapter.limits.maxBufferSize,
    },
  });
  return { adapter, device };
}

/** A new device on the same terms as the first (the backend's device provider after a loss); null: none. */
export async function requestGpuDevice(): Promise<GPUDevice | null> {
  return (await requestAdapterAndDevice())?.device ?? null;
}

/** Requests the adapter and device (or decides there is none: `forceCpu`, no `navigator.gpu`, no adapter, an error). */
export async function acquireGpu(options: { forceCpu?: boolean } = {}): Promise<GpuChoice> {
  const cpu: GpuChoice = { device: null, info: { kind: 'cpu', adapter: '', software: false, draw: 'webgl2' } };
  if (options.forceCpu) return cpu;
  try {
    const found = await requestAdapterAndDevice();
    if (!found) return cpu;
    const info = found.adapter.info as GPUAdapterInfo & { isFallbackAdapter?: boolean };
    return {
      device: found.device,
      info: { kind: 'webgpu', adapter: adapterName(info), software: isSoftwareAdapter(info), draw: 'webgpu' },
    };
  } catch (error) {
    console.warn('WebGPU unavailable, using the CPU reference and WebGL2:', error);
    return cpu;
  }
}

/**
 * The app's compute backend for the chosen GPU: the shared device's engines, and after a loss a new device from
 * {@link requestGpuDevice} (none asked when the app started without a device: it stays on the reference).
 */
export function createComputeBackend(choice: Pick<GpuChoice, 'device'>, provider: () => Promise<GPUDevice | null> = requestGpuDevice): GpuBackend {
  return choice.device ? createGpuBackend({ device: choice.device, provider }) : createGpuBackend();
}

/**
 * Calls `listener` each time the compute device is lost (`device.lost`, or an uncaptured error on it); returns
 * the unsubscribe. The 3D view shares that device and can rebuild its renderer from here.
 */
export function onDeviceLost(backend: GpuBackend, listener: (loss: DeviceLoss) => void): () => void {
  return backend.onDeviceLost(listener);
}
