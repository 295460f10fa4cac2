/**
 * One GPU for the whole app: request an adapter and a device once, and share the device with three.js
 * (`new WebGPURenderer({ device })`) and the compute engine. No adapter: compute with the float64 reference
 * and draw with three's WebGL2 backend. A software adapter (SwiftShader, llvmpipe) works but is named.
 */
import type { BackendInfo } from '../state/trace-slice.ts';

/** The GPU the app uses, or none. */
export interface GpuChoice {
  readonly device: GPUDevice | null;
  readonly info: BackendInfo;
}

/** Whether an adapter is a software rasteriser (by the spec's flag or by its name). */
export function isSoftwareAdapter(info: { isFallbackAdapter?: boolean; vendor?: string; architecture?: string; device?: string; description?: string }): boolean {
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

/** Requests the adapter and device (or decides there is none: `forceCpu`, no `navigator.gpu`, no adapter, an error). */
export async function acquireGpu(options: { forceCpu?: boolean } = {}): Promise<GpuChoice> {
  const cpu: GpuChoice = { device: null, info: { kind: 'cpu', adapter: '', software: false, draw: 'webgl2' } };
  if (options.forceCpu || typeof navigator === 'undefined' || !('gpu' in navigator) || !navigator.gpu) return cpu;
  try {
    const adapter = await navigator.gpu.requestAdapter({ powerPreference: 'high-performance' });
    if (!adapter) return cpu;
    const info = adapter.info as GPUAdapterInfo & { isFallbackAdapter?: boolean };
    const device = await adapter.requestDevice({
      requiredLimits: {
        maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
        maxBufferSize: adapter.limits.maxBufferSize,
      },
    });
    return { device, info: { kind: 'webgpu', adapter: adapterName(info), software: isSoftwareAdapter(info), draw: 'webgpu' } };
  } catch (error) {
    console.warn('WebGPU unavailable, using the CPU reference and WebGL2:', error);
    return cpu;
  }
}
