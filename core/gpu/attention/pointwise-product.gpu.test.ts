import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seededRandom } from '../../math/random.ts';
import { useGpuDevice } from '../../testing/gpu-test-device.ts';
import { MOON, nightSky, pointwiseProduct, spotMask } from '../../models/attention/focus.ts';
import { pointwiseProductGpu } from './pointwise-product.ts';

const dawn = useGpuDevice();

function maxError(got: Float32Array, want: Float64Array): number {
  let worst = 0;
  for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(got[i]! - want[i]!));
  return worst;
}

describe('the pointwise product object ⊙ mask on WebGPU', () => {
  it('hand-checked, with channels sharing a mask value', async () => {
    expect(Array.from(await pointwiseProductGpu(dawn.device, [1, 2, 3], [0.5, 0, 2]))).toEqual([0.5, 0, 6]);
    expect(Array.from(await pointwiseProductGpu(dawn.device, [1, 2, 3, 4], [0.5, 2], 2))).toEqual([0.5, 1, 6, 8]);
    await expect(pointwiseProductGpu(dawn.device, [1, 2, 3], [1, 1])).rejects.toThrow('expected 2 × 1');
  });

  it('property: the night sky times a random spot, random sizes, within 1e-6 of float64', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 700 }),
        fc.integer({ min: 1, max: 700 }),
        fc.record({
          x: fc.double({ min: 0, max: 1, noNaN: true }),
          y: fc.double({ min: 0, max: 1, noNaN: true }),
          radius: fc.double({ min: 0, max: 1, noNaN: true }),
          softness: fc.double({ min: 0, max: 0.5, noNaN: true }),
        }),
        fc.integer({ min: 0, max: 1000 }),
        async (width, height, spot, seed) => {
          const sky = nightSky(width, height, seed);
          const mask = spotMask(width, height, spot);
          expect(maxError(await pointwiseProductGpu(dawn.device, sky.data, mask.data), pointwiseProduct(sky.data, mask.data))).toBeLessThanOrEqual(1e-6);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('property: 1–4 channels sharing a mask value, any length (the vec4 kernel pads to 4 and clamps the mask index)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 1000 }),
        async (channels, elements, seed) => {
          const random = seededRandom(seed);
          const mask = Float64Array.from({ length: elements }, () => Math.fround(random.next()));
          const object = Float64Array.from({ length: elements * channels }, () => Math.fround(random.next() * 200 - 100));
          const want = object.map((x, i) => x * mask[Math.floor(i / channels)]!);
          const got = await pointwiseProductGpu(dawn.device, object, mask, channels);
          expect(got.length).toBe(want.length);
          expect(maxError(got, want)).toBeLessThanOrEqual(1e-5);
        },
      ),
      { numRuns: 16 },
    );
  });

  it('a 4,096 × 4,096 image (16.7 M pixels, a 2-D dispatch grid)', async () => {
    const side = 4096;
    const sky = nightSky(side, side, 2016);
    const mask = spotMask(side, side, { x: MOON.x, y: MOON.y, radius: MOON.radius, softness: 0.03 });
    const got = await pointwiseProductGpu(dawn.device, sky.data, mask.data);
    expect(got.length).toBe(side * side);
    expect(maxError(got, pointwiseProduct(sky.data, mask.data))).toBeLessThanOrEqual(1e-6);
    // The last pixel is written too (the grid's y rows are covered).
    const last = side * side - 1;
    expect(Math.abs(got[last]! - sky.data[last]! * mask.data[last]!)).toBeLessThanOrEqual(1e-7);
  });
});
