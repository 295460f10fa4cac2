/**
 * Buffer helpers: f32 storage buffers, uniform buffers filled from webgpu-utils structured views, and one
 * batched read-back (a single staging buffer and a single `mapAsync` for any number of sources).
 */

/** Usage of a storage buffer that can be written from the CPU and copied out for read-back (a function: the GPU globals may be installed after import). */
export function storageUsage(): GPUBufferUsageFlags {
  return GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC;
}

/** Rounds a byte size up to a multiple of 4 (and at least 16, so empty arrays still bind). */
export function paddedSize(bytes: number): number {
  return Math.max(16, Math.ceil(bytes / 4) * 4);
}

/** A buffer the device cannot hold or bind: thrown before `createBuffer`, so a failed validation never reads back zeros. */
export class GpuBufferLimitError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'GpuBufferLimitError';
  }
}

const MIB = 1024 * 1024;
// GPUBufferUsage.STORAGE and .UNIFORM (WebGPU spec values), so the check runs without the GPU globals.
const STORAGE = 0x80;
const UNIFORM = 0x40;
const bytesText = (bytes: number): string => (bytes >= MIB ? `${bytes} bytes (${(bytes / MIB).toFixed(1)} MiB)` : `${bytes} bytes`);

/**
 * Throws {@link GpuBufferLimitError} when a buffer of `size` bytes with `usage` exceeds `limits`: every buffer
 * against `maxBufferSize`, a storage buffer also against `maxStorageBufferBindingSize` and a uniform buffer against
 * `maxUniformBufferBindingSize` (it is bound whole). The message names the buffer, its size and the limit.
 */
export function checkBufferSize(
  limits: Pick<GPUSupportedLimits, 'maxBufferSize' | 'maxStorageBufferBindingSize' | 'maxUniformBufferBindingSize'>,
  size: number,
  usage: GPUBufferUsageFlags,
  label: string,
): void {
  const checks: [string, number, boolean][] = [
    ['maxBufferSize', limits.maxBufferSize, true],
    ['maxStorageBufferBindingSize', limits.maxStorageBufferBindingSize, (usage & STORAGE) !== 0],
    ['maxUniformBufferBindingSize', limits.maxUniformBufferBindingSize, (usage & UNIFORM) !== 0],
  ];
  if (!Number.isSafeInteger(size) || size < 0) throw new GpuBufferLimitError(`the GPU buffer "${label}" would need ${size} bytes, not a valid size`);
  for (const [name, limit, applies] of checks) {
    if (applies && size > limit) {
      throw new GpuBufferLimitError(
        `the GPU buffer "${label}" needs ${bytesText(size)}, over this device's ${name} of ${bytesText(limit)}: use a smaller input or the reference backend`,
      );
    }
  }
}

/** `device.createBuffer` after {@link checkBufferSize}: the one place every GPU buffer of the engines is created. */
export function createCheckedBuffer(device: GPUDevice, descriptor: GPUBufferDescriptor & { label: string }): GPUBuffer {
  checkBufferSize(device.limits, descriptor.size, descriptor.usage, descriptor.label);
  return device.createBuffer(descriptor);
}

/** Creates an f32 storage buffer of `count` elements, optionally filled with `data` (converted to float32). */
export function createF32Buffer(device: GPUDevice, count: number, label: string, data?: ArrayLike<number>): GPUBuffer {
  const buffer = createCheckedBuffer(device, { size: paddedSize(count * 4), usage: storageUsage(), label });
  if (data) writeF32(device, buffer, data);
  return buffer;
}

/** Writes numbers (any array-like, e.g. a Float64Array) as float32 at element `offset`. */
export function writeF32(device: GPUDevice, buffer: GPUBuffer, data: ArrayLike<number>, offset = 0): void {
  const f32 = data instanceof Float32Array ? data : Float32Array.from(data);
  if (f32.length === 0) return;
  device.queue.writeBuffer(buffer, offset * 4, f32.buffer, f32.byteOffset, f32.byteLength);
}

/** Creates a uniform buffer sized for a webgpu-utils structured view (whose layout comes from the WGSL struct). */
export function createUniformBuffer(device: GPUDevice, view: { arrayBuffer: ArrayBuffer }, label: string): GPUBuffer {
  const buffer = createCheckedBuffer(device, {
    size: paddedSize(view.arrayBuffer.byteLength),
    usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST,
    label,
  });
  device.queue.writeBuffer(buffer, 0, view.arrayBuffer);
  return buffer;
}

/** One region to read back: `count` f32 elements from the start of `buffer`. */
export interface ReadBackSource {
  readonly buffer: GPUBuffer;
  readonly count: number;
}

/**
 * Copies every source into one staging buffer (appended to `encoder`), submits it, maps once and returns
 * one Float32Array per source. Pass the encoder that recorded the compute work so it all goes in one submit.
 */
export async function readBackF32(device: GPUDevice, sources: readonly ReadBackSource[], encoder = device.createCommandEncoder()): Promise<Float32Array[]> {
  const offsets: number[] = [];
  let total = 0;
  for (const s of sources) {
    offsets.push(total);
    total += Math.ceil((s.count * 4) / 256) * 256;
  }
  const staging = createCheckedBuffer(device, {
    size: Math.max(total, 16),
    usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
    label: 'read-back staging',
  });
  sources.forEach((s, k) => {
    if (s.count > 0) encoder.copyBufferToBuffer(s.buffer, 0, staging, offsets[k]!, s.count * 4);
  });
  device.queue.submit([encoder.finish()]);
  try {
    await staging.mapAsync(GPUMapMode.READ);
    const mapped = staging.getMappedRange();
    return sources.map((s, k) => new Float32Array(mapped.slice(offsets[k]!, offsets[k]! + s.count * 4)));
  } finally {
    staging.destroy();
  }
}
