import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../math/random.ts';
import { decideHalting } from '../../models/act/halting.ts';
import { combineRows } from '../../models/act/ponder.ts';
import { useGpuDevice } from '../../testing/gpu-test-device.ts';
import { createActGpuEngine, type ActGpuEngine } from './act-gpu-engine.ts';

const dawn = useGpuDevice();
let engine: ActGpuEngine;

beforeAll(async () => {
  engine = await createActGpuEngine(dawn.device);
});
afterAll(() => engine?.destroy());

function rows(n: number, width: number, seed: number, scale = 1): number[][] {
  const r = seededRandom(seed);
  return Array.from({ length: n }, () => Array.from({ length: width }, () => r.uniform(-scale, scale)));
}

/** Halting values from a seed that halt exactly at `n` (or hit maxSteps = n). */
function probabilitiesFor(n: number, seed: number, epsilon = 0.01): number[] {
  const r = seededRandom(seed);
  const h = Array.from({ length: n }, () => r.uniform(0, 1.8 / n));
  const d = decideHalting(h, epsilon, n)!;
  return d.probabilities;
}

function expectClose(gpu: ArrayLike<number>, reference: readonly number[], tolerance: number): void {
  expect(gpu.length).toBe(reference.length);
  let worst = 0;
  for (let i = 0; i < reference.length; i++) worst = Math.max(worst, Math.abs(gpu[i]! - reference[i]!));
  expect(worst).toBeLessThanOrEqual(tolerance);
}

describe('ACT weighted combination on WebGPU against the float64 reference', () => {
  it('matches Σ p^n s^n and Σ p^n y^n for random N, D, O and weights (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 1500 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.constantFrom(1, 10),
        async (n, d, o, seed, scale) => {
          const p = probabilitiesFor(n, seed);
          const states = rows(n, d, seed + 1, scale);
          const outputs = o > 0 ? rows(n, o, seed + 2, scale) : undefined;
          const [got] = await engine.combine([{ probabilities: p, states, ...(outputs ? { outputs } : {}) }]);
          expectClose(got!.state, combineRows(p, states), 2e-6 * scale);
          if (outputs) expectClose(got!.output, combineRows(p, outputs), 2e-6 * scale);
          else expect(got!.output).toHaveLength(0);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('combines a batch of different sizes in one call, in order', async () => {
    const cases = [1, 7, 64, 65, 300].map((n, k) => ({ probabilities: probabilitiesFor(n, k), states: rows(n, 3 + 17 * k, 100 + k) }));
    const got = await engine.combine(cases);
    expect(got).toHaveLength(cases.length);
    got.forEach((g, k) => expectClose(g.state, combineRows(cases[k]!.probabilities, cases[k]!.states), 2e-6));
    expect(await engine.combine([])).toEqual([]);
  });

  it('N = 1 returns the only state (p¹ = 1)', async () => {
    const [got] = await engine.combine([{ probabilities: [1], states: [[0.25, -3, 7.5]] }]);
    expect(Array.from(got!.state)).toEqual([0.25, -3, 7.5]);
  });

  it('maxSteps = 100 ponder states of D = 65,536', async () => {
    const p = probabilitiesFor(100, 5);
    const states = rows(100, 65_536, 6);
    const [got] = await engine.combine([{ probabilities: p, states }]);
    expectClose(got!.state, combineRows(p, states), 2e-6);
  });

  it('a long sequence of tiny h: N = 100,000 ponder steps of D = 8', async () => {
    const h = new Array<number>(100_000).fill(1e-5);
    const d = decideHalting(h, 0, 100_000)!;
    expect(d.steps).toBe(100_000);
    const states = rows(100_000, 8, 9);
    const [got] = await engine.combine([{ probabilities: d.probabilities, states }]);
    expectClose(got!.state, combineRows(d.probabilities, states), 2e-6);
  });

  it('rejects malformed inputs', async () => {
    await expect(engine.combine([{ probabilities: [0.5, 0.5], states: [[1]] }])).rejects.toThrow(/needs N ≥ 1 weights and N states/);
    await expect(engine.combine([{ probabilities: [1], states: [[]] }])).rejects.toThrow(/zero-width/);
    await expect(engine.combine([{ probabilities: [0.5, 0.5], states: [[1, 2], [3]] }])).rejects.toThrow(/states 0\[1\] must have 2 entries/);
  });
});
