/**
 * Getting a compute device from any WebGPU implementation (`navigator.gpu` in a browser, Dawn in Node): a
 * high-performance adapter and a device with the largest storage-buffer and workgroup limits it allows.
 */

/** What {@link requestComputeDevice} found. */
export interface ComputeDevice {
  readonly device: GPUDevice;
  readonly adapterName: string;
  /** True when the adapter is a software (CPU) implementation such as SwiftShader. */
  readonly isSoftware: boolean;
}

/** Requests the adapter and device; resolves with `undefined` (never rejects for that) when there is no adapter. */
export async function requestComputeDevice(gpu: GPU): Promise<ComputeDevice | undefined> {
  const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
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
