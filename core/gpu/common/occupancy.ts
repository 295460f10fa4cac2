/**
 * How many workgroups a cooperative kernel should launch on a device. A hardware GPU wants enough workgroups
 * to fill every compute unit and hide memory latency; a software adapter (SwiftShader, llvmpipe) runs each
 * invocation on a CPU core with a per-invocation cost of microseconds, so it wants few invocations that each
 * loop over many elements. Reductions and row tiles size their per-thread work from this target, so the same
 * WGSL is correct for any N and reasonably fast on both.
 */

/** Target workgroup counts per kind of adapter. */
export const WORKGROUP_TARGET = { hardware: 1024, software: 16 } as const;

/** True when the device's adapter reports itself as a software (CPU) implementation. */
export function isSoftwareDevice(device: GPUDevice): boolean {
  const info = (device as { adapterInfo?: GPUAdapterInfo }).adapterInfo;
  if (!info) return false;
  const text = [info.vendor, info.architecture, info.device, info.description].join(' ');
  return Boolean((info as { isFallbackAdapter?: boolean }).isFallbackAdapter) || /swiftshader|llvmpipe|lavapipe|software|warp/i.test(text);
}

/** The number of workgroups cooperative kernels aim for on `device`. */
export function targetWorkgroups(device: GPUDevice): number {
  return isSoftwareDevice(device) ? WORKGROUP_TARGET.software : WORKGROUP_TARGET.hardware;
}
