import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { useGpuDevice } from '../../testing/gpu-test-device.ts';
import { createF32Buffer, readBackF32 } from './buffers.ts';
import { encodeDispatches } from './dispatch.ts';
import { createMatmul } from './matmul.ts';

const dawn = useGpuDevice();

async function gpuMatmul(
  a: Float32Array,
  b: Float32Array,
  rows: number,
  inner: number,
  cols: number,
  transposeB: boolean,
  bias?: Float32Array,
): Promise<Float32Array> {
  const A = createF32Buffer(dawn.device, a.length, 'a', a);
  const B = createF32Buffer(dawn.device, b.length, 'b', b);
  const out = createF32Buffer(dawn.device, rows * cols, 'out');
  const biasBuffer = bias ? createF32Buffer(dawn.device, bias.length, 'bias', bias) : undefined;
  const mm = await createMatmul(dawn.device, {
    a: A,
    b: B,
    out,
    rows,
    cols,
    inner,
    transposeB,
    ...(biasBuffer ? { bias: biasBuffer } : {}),
  });
  const encoder = dawn.device.createCommandEncoder();
  const pass = encoder.beginComputePass();
  encodeDispatches(pass, mm.dispatches);
  pass.end();
  const [result] = await readBackF32(dawn.device, [{ buffer: out, count: rows * cols }], encoder);
  mm.destroy();
  [A, B, out, biasBuffer].forEach((x) => x?.destroy());
  return result!;
}

function cpuMatmul(
  a: Float32Array,
  b: Float32Array,
  rows: number,
  inner: number,
  cols: number,
  transposeB: boolean,
  bias?: Float32Array,
): { c: Float64Array; scale: Float64Array } {
  const c = new Float64Array(rows * cols);
  const scale = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < cols; j++) {
      let s = bias ? bias[j]! : 0;
      let m = Math.abs(s);
      for (let k = 0; k < inner; k++) {
        const t = a[r * inner + k]! * (transposeB ? b[j * inner + k]! : b[k * cols + j]!);
        s += t;
        m += Math.abs(t);
      }
      c[r * cols + j] = s;
      scale[r * cols + j] = m;
    }
  }
  return { c, scale };
}

describe('matmul (shaders/common/matmul.wgsl)', () => {
  it('a hand-checked product, transposed, with bias', async () => {
    const a = Float32Array.of(1, 2, 3, 4); // 2 × 2
    const b = Float32Array.of(5, 6, 7, 8, 9, 10); // 2 × 3
    expect(Array.from(await gpuMatmul(a, b, 2, 2, 3, false))).toEqual([21, 24, 27, 47, 54, 61]);
    const bt = Float32Array.of(5, 8, 6, 9, 7, 10); // the same B stored as 3 × 2
    expect(Array.from(await gpuMatmul(a, bt, 2, 2, 3, true, Float32Array.of(1, 0, -1)))).toEqual([22, 24, 26, 48, 54, 60]);
  });

  it('property: random shapes within 1e-5 of float64, relative to Σ|terms|', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 4096 }),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        async (rows, inner, cols, transposeB, withBias, seed) => {
          let x = seed;
          const rnd = (): number => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32) * 2 - 1;
          const a = Float32Array.from({ length: rows * inner }, rnd);
          const b = Float32Array.from({ length: inner * cols }, rnd);
          const bias = withBias ? Float32Array.from({ length: cols }, rnd) : undefined;
          const got = await gpuMatmul(a, b, rows, inner, cols, transposeB, bias);
          const { c, scale } = cpuMatmul(a, b, rows, inner, cols, transposeB, bias);
          for (let i = 0; i < c.length; i++) expect(Math.abs(got[i]! - c[i]!)).toBeLessThanOrEqual(1e-5 * Math.max(1, scale[i]!));
        },
      ),
      { numRuns: 15 },
    );
  });
});
