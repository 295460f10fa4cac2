import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../math/random.ts';
import { useGpuDevice } from '../../testing/gpu-test-device.ts';
import { createF32Buffer, readBackF32 } from './buffers.ts';
import { COMMON_ENTRY_POINTS, COMMON_MODULES } from './common-shaders.ts';
import { recordDispatches, workgroupGrid } from './dispatch.ts';
import { getComputeKernel } from './kernel.ts';
import { createReduction, reductionLevels } from './reduction.ts';
import { createSoftmax } from './softmax.ts';
import { createWeightedRowSum } from './weighted-row-sum.ts';
import { WgslCompileError, createCheckedShaderModule } from './wgsl.ts';

const dawn = useGpuDevice();

function randomArray(n: number, seed: number, lo = -1, hi = 1): Float32Array {
  const rng = seededRandom(seed);
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = rng.uniform(lo, hi);
  return a;
}

async function reduceOnGpu(data: Float32Array, op: 'max' | 'sum'): Promise<number> {
  const input = createF32Buffer(dawn.device, data.length, 'in', data);
  const r = await createReduction(dawn.device, { op, input, n: data.length });
  const [out] = await readBackF32(dawn.device, [{ buffer: r.result, count: 1 }], recordDispatches(dawn.device, r.dispatches));
  r.destroy();
  input.destroy();
  return out![0]!;
}

describe('shared WGSL', () => {
  it('compiles every module and entry point of shaders/common', async () => {
    for (const [name, entries] of Object.entries(COMMON_ENTRY_POINTS)) {
      for (const entryPoint of entries) {
        const k = await getComputeKernel(dawn.device, {
          label: name,
          code: COMMON_MODULES[name as keyof typeof COMMON_MODULES],
          entryPoint,
        });
        expect(k.pipeline).toBeDefined();
      }
    }
  });

  it('surfaces compile errors with line and column', async () => {
    await expect(createCheckedShaderModule(dawn.device, 'fn broken( -> f32 { return 1.0; }', 'broken.wgsl')).rejects.toThrow(WgslCompileError);
    await expect(createCheckedShaderModule(dawn.device, '\n\nfn f() -> f32 { return undefined_name; }', 'bad.wgsl')).rejects.toThrow(/bad\.wgsl:3:/);
  });

  it('splits big dispatches into a 2-D grid under 65,535 per dimension', () => {
    expect(workgroupGrid(1)).toEqual([1, 1]);
    expect(workgroupGrid(65_535)).toEqual([65_535, 1]);
    expect(workgroupGrid(65_536)).toEqual([65_535, 2]);
    expect(reductionLevels(4_194_304, 1024)).toEqual([
      { groups: 1024, itemsPerThread: 16 },
      { groups: 1, itemsPerThread: 4 },
    ]);
    expect(reductionLevels(4_194_304, 16)).toEqual([
      { groups: 16, itemsPerThread: 1024 },
      { groups: 1, itemsPerThread: 4 },
    ]);
    expect(reductionLevels(1, 1024)).toEqual([{ groups: 1, itemsPerThread: 4 }]);
  });
});

describe('multi-workgroup reductions', () => {
  it('sum and max are exact enough at the workgroup boundaries', async () => {
    for (const n of [1, 2, 255, 1023, 1024, 1025, 4097, 1_048_583]) {
      const data = randomArray(n, n);
      let sum = 0;
      let max = -Infinity;
      for (const x of data) {
        sum += x;
        max = Math.max(max, x);
      }
      expect(await reduceOnGpu(data, 'max')).toBe(Math.fround(max));
      expect(Math.abs((await reduceOnGpu(data, 'sum')) - sum)).toBeLessThan(1e-6 * n + 1e-6);
    }
  });

  it('is right with several cooperating workgroups and several levels, whatever the target', async () => {
    for (const [n, target] of [
      [5000, 3],
      [300_000, 64],
      [1_048_576, 1024],
      [70_001, 1],
    ] as const) {
      const data = randomArray(n, n + target);
      let sum = 0;
      for (const x of data) sum += x;
      const input = createF32Buffer(dawn.device, n, 'in', data);
      const r = await createReduction(dawn.device, { op: 'sum', input, n, targetWorkgroups: target });
      expect(r.dispatches[0]!.workgroups).toBeGreaterThan(target > 1 ? 1 : 0);
      const [out] = await readBackF32(dawn.device, [{ buffer: r.result, count: 1 }], recordDispatches(dawn.device, r.dispatches));
      expect(Math.abs(out![0]! - sum)).toBeLessThan(1e-6 * n);
      r.destroy();
      input.destroy();
    }
  });

  it('sums 4,194,304 elements across several workgroups', async () => {
    const n = 4_194_304;
    const data = randomArray(n, 7, 0, 1);
    let sum = 0;
    for (const x of data) sum += x;
    const gpu = await reduceOnGpu(data, 'sum');
    expect(Math.abs(gpu - sum) / sum).toBeLessThan(1e-5);
  });
});

function softmax64(x: Float32Array, scale: number): Float64Array {
  let max = -Infinity;
  for (const v of x) max = Math.max(max, scale * v);
  const out = new Float64Array(x.length);
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += out[i] = Math.exp(scale * x[i]! - max);
  for (let i = 0; i < x.length; i++) out[i]! /= sum;
  return out;
}

async function softmaxOnGpu(x: Float32Array, scale: number): Promise<Float32Array> {
  const input = createF32Buffer(dawn.device, x.length, 'x', x);
  const output = createF32Buffer(dawn.device, x.length, 'y');
  const sm = await createSoftmax(dawn.device, { input, output, n: x.length, scale });
  const [y] = await readBackF32(dawn.device, [{ buffer: output, count: x.length }], recordDispatches(dawn.device, sm.dispatches));
  sm.destroy();
  input.destroy();
  output.destroy();
  return y!;
}

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i]! - b[i]!));
  return d;
}

describe('stable softmax', () => {
  it('matches float64 for random n and scales', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 70_000 }), fc.double({ min: 0, max: 50, noNaN: true }), fc.integer(), async (n, scale, seed) => {
        const x = randomArray(n, seed);
        expect(maxAbsDiff(await softmaxOnGpu(x, scale), softmax64(x, scale))).toBeLessThan(1e-5);
      }),
      { numRuns: 12, seed: 42 },
    );
  });

  it('gives a one-hot, not NaN, with scale 1000', async () => {
    const x = randomArray(5000, 3, -1, 0.9);
    x[1234] = 1;
    const y = await softmaxOnGpu(x, 1000);
    expect(y.every(Number.isFinite)).toBe(true);
    expect(y[1234]).toBeCloseTo(1, 6);
    expect(maxAbsDiff(y, softmax64(x, 1000))).toBeLessThan(1e-5);
  });

  it('handles n = 4,194,304', async () => {
    const n = 4_194_304;
    const x = randomArray(n, 11, -5, 5);
    const y = await softmaxOnGpu(x, 2);
    const ref = softmax64(x, 2);
    expect(maxAbsDiff(y, ref)).toBeLessThan(1e-5);
    let total = 0;
    for (const v of y) total += v;
    expect(Math.abs(total - 1)).toBeLessThan(1e-3);
  });
});

describe('weighted row sum', () => {
  it('matches float64 for random shapes, with and without weights', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 1, max: 300 }),
        fc.boolean(),
        fc.integer(),
        async (rows, cols, weighted, seed) => {
          const x = randomArray(rows * cols, seed);
          const w = randomArray(rows, seed + 1, 0, 1);
          const matrix = createF32Buffer(dawn.device, x.length, 'X', x);
          const weights = createF32Buffer(dawn.device, rows, 'w', w);
          const output = createF32Buffer(dawn.device, cols, 'out');
          const wrs = await createWeightedRowSum(dawn.device, { matrix, ...(weighted ? { weights } : {}), rows, cols, output });
          const [gpu] = await readBackF32(dawn.device, [{ buffer: output, count: cols }], recordDispatches(dawn.device, wrs.dispatches));
          const ref = new Float64Array(cols);
          for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) ref[c]! += (weighted ? w[r]! : 1) * x[r * cols + c]!;
          expect(maxAbsDiff(gpu!, ref)).toBeLessThan(1e-6 * rows + 1e-6);
          wrs.destroy();
          [matrix, weights, output].forEach((b) => b.destroy());
        },
      ),
      { numRuns: 12, seed: 7 },
    );
  });
});
