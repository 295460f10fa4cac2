import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { softmax } from '../../math/softmax.ts';
import { useGpuDevice } from '../../testing/gpu-test-device.ts';
import { createF32Buffer, readBackF32 } from './buffers.ts';
import { encodeDispatches } from './dispatch.ts';
import { createMaskBuffer, createRowSoftmax } from './row-softmax.ts';

const dawn = useGpuDevice();

async function gpuRowSoftmax(x: Float32Array, rows: number, cols: number, mask?: boolean[], maskPerRow = false): Promise<Float32Array> {
  const input = createF32Buffer(dawn.device, x.length, 'x', x);
  const output = createF32Buffer(dawn.device, x.length, 'y');
  const maskBuffer = mask ? createMaskBuffer(dawn.device, mask) : undefined;
  const sm = await createRowSoftmax(dawn.device, { input, output, rows, cols, maskPerRow, ...(maskBuffer ? { mask: maskBuffer } : {}) });
  const encoder = dawn.device.createCommandEncoder();
  const pass = encoder.beginComputePass();
  encodeDispatches(pass, sm.dispatches);
  pass.end();
  const [y] = await readBackF32(dawn.device, [{ buffer: output, count: x.length }], encoder);
  sm.destroy();
  [input, output, maskBuffer].forEach((b) => b?.destroy());
  return y!;
}

describe('row softmax (shaders/common/row-softmax.wgsl)', () => {
  it('large scores give no overflow; masked entries are exactly 0; a fully masked row is all zeros', async () => {
    const y = await gpuRowSoftmax(Float32Array.of(1000, 999, -1000, 5, 800, 800, 3, 4), 2, 4, [true, true, true, false, true, true, false, false], true);
    expect(y[0]! / y[1]!).toBeCloseTo(Math.E, 5);
    expect(y[2]).toBe(0);
    expect(y[3]).toBe(0);
    expect(Array.from(y.subarray(4))).toEqual([0.5, 0.5, 0, 0]);
    const none = await gpuRowSoftmax(Float32Array.of(1, 2), 1, 2, [false, false]);
    expect(Array.from(none)).toEqual([0, 0]);
  });

  it('property: rows up to 4,096 wide within 1e-5 of core/math softmax, shared or per-row masks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 4096 }),
        fc.constantFrom('none', 'shared', 'per-row'),
        fc.double({ min: 0.1, max: 300, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        async (rows, cols, maskKind, spread, seed) => {
          let s = seed;
          const rnd = (): number => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
          const x = Float32Array.from({ length: rows * cols }, () => (rnd() * 2 - 1) * spread);
          const mask = maskKind === 'none' ? undefined : Array.from({ length: maskKind === 'shared' ? cols : rows * cols }, () => rnd() < 0.7);
          const y = await gpuRowSoftmax(x, rows, cols, mask, maskKind === 'per-row');
          for (let r = 0; r < rows; r++) {
            const rowMask = mask ? (maskKind === 'shared' ? mask : mask.slice(r * cols, (r + 1) * cols)) : undefined;
            const want = softmax(x.subarray(r * cols, (r + 1) * cols), rowMask);
            for (let c = 0; c < cols; c++) {
              expect(Math.abs(y[r * cols + c]! - want[c]!)).toBeLessThanOrEqual(1e-5);
              if (rowMask && !rowMask[c]) expect(y[r * cols + c]).toBe(0);
            }
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});
