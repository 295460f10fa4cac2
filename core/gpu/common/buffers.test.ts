import { describe, expect, it, vi } from 'vitest';
import { fakeDevice } from '../../testing/fake-device.ts';
import { createGpuBackend } from './backend.ts';
import { GpuBufferLimitError, checkBufferSize, createCheckedBuffer } from './buffers.ts';

const STORAGE = 0x80;
const UNIFORM = 0x40;
const MAP_READ = 0x01;
const limits = { maxBufferSize: 256 * 1024 * 1024, maxStorageBufferBindingSize: 128 * 1024 * 1024, maxUniformBufferBindingSize: 65536 };

describe('checkBufferSize', () => {
  it('accepts buffers within every limit that applies', () => {
    expect(() => checkBufferSize(limits, 128 * 1024 * 1024, STORAGE, 'keys')).not.toThrow();
    expect(() => checkBufferSize(limits, 65536, UNIFORM, 'params')).not.toThrow();
    expect(() => checkBufferSize(limits, 200 * 1024 * 1024, MAP_READ, 'staging')).not.toThrow();
  });

  it('refuses a storage buffer past maxStorageBufferBindingSize, naming the buffer, its size and the limit', () => {
    expect(() => checkBufferSize(limits, 128 * 1024 * 1024 + 4, STORAGE, 'keys')).toThrow(GpuBufferLimitError);
    expect(() => checkBufferSize(limits, 128 * 1024 * 1024 + 4, STORAGE, 'keys')).toThrow(
      'the GPU buffer "keys" needs 134217732 bytes (128.0 MiB), over this device\'s maxStorageBufferBindingSize of 134217728 bytes (128.0 MiB)',
    );
  });

  it('refuses any buffer past maxBufferSize, and a uniform buffer past maxUniformBufferBindingSize', () => {
    expect(() => checkBufferSize(limits, 300 * 1024 * 1024, MAP_READ, 'read-back staging')).toThrow(/"read-back staging".*maxBufferSize/);
    expect(() => checkBufferSize(limits, 65540, UNIFORM, 'params')).toThrow(/maxUniformBufferBindingSize of 65536 bytes/);
    expect(() => checkBufferSize(limits, Number.NaN, STORAGE, 'x')).toThrow(/not a valid size/);
  });

  it('creates nothing on the device when the check fails', () => {
    const device = { limits, createBuffer: vi.fn(() => ({})) };
    expect(() => createCheckedBuffer(device as unknown as GPUDevice, { size: 1 << 30, usage: STORAGE, label: 'memory' })).toThrow(GpuBufferLimitError);
    expect(device.createBuffer).not.toHaveBeenCalled();
    createCheckedBuffer(device as unknown as GPUDevice, { size: 64, usage: STORAGE, label: 'memory' });
    expect(device.createBuffer).toHaveBeenCalledOnce();
  });

  it('makes the backend fall back to the reference with the limit as the reason', async () => {
    const fake = fakeDevice('small');
    const device = Object.assign(fake.device, { limits, createBuffer: vi.fn() });
    const backend = createGpuBackend({ device });
    const out = await backend.compute(
      async (gpu) => createCheckedBuffer(gpu.device, { size: 200 * 1024 * 1024, usage: STORAGE, label: 'NTM memory' }).label,
      () => 'reference',
    );
    expect(out.trace).toBe('reference');
    expect(out.backend).toBe('cpu');
    expect(out.fallbackReason).toMatch(/"NTM memory" needs 209715200 bytes \(200\.0 MiB\), over this device's maxStorageBufferBindingSize/);
    expect(device.createBuffer).not.toHaveBeenCalled();
  });
});
