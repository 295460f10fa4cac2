import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ntmStep } from '../../models/ntm/step.ts';
import type { NtmStepInput } from '../../models/ntm/types.ts';
import { useGpuDevice } from '../../testing/gpu-test-device.ts';
import { getComputeKernel } from '../common/kernel.ts';
import { createNtmGpuEngine, type NtmGpuEngine } from './ntm-gpu-engine.ts';
import { NTM_MODULES } from './ntm-shaders.ts';
import { expectNtmClose, ntmReference } from './ntm-expect.ts';
import { randomNtmInput } from './ntm-test-cases.ts';

const dawn = useGpuDevice();
let engine: NtmGpuEngine;

beforeAll(async () => {
  engine = await createNtmGpuEngine(dawn.device);
});
afterAll(() => engine?.destroy());

const expectClose = expectNtmClose;
const reference = ntmReference;

function withInput(base: NtmStepInput, patch: Partial<NtmStepInput>): NtmStepInput {
  return { ...base, ...patch };
}

describe('NTM WGSL', () => {
  it('compiles every NTM kernel through Dawn', async () => {
    for (const [name, m] of Object.entries(NTM_MODULES)) {
      const k = await getComputeKernel(dawn.device, { label: `ntm ${name}`, code: m.code, entryPoint: m.entryPoint });
      expect(k.pipeline, name).toBeDefined();
    }
  });
});

describe('NTM engine against the float64 reference', () => {
  it('matches every stage within 1e-5 for random N, M, shift widths and parameters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 70_000 }),
        fc.integer({ min: 1, max: 256 }),
        fc.constantFrom(1, 3, 5, 7),
        fc.constantFrom('erase-add' as const, 'simplified' as const),
        fc.integer(),
        async (rows, columns, shiftWidth, write, seed) => {
          const input = randomNtmInput({ rows, columns, shiftWidth, seed });
          expectClose(await engine.step(input, { write }), reference(input, write));
        },
      ),
      { numRuns: 10, seed: 2014 },
    );
  });

  it('N = 1 with every width, and widths wider than N', async () => {
    for (const [rows, shiftWidth] of [
      [1, 1],
      [1, 3],
      [1, 5],
      [1, 7],
      [2, 5],
      [2, 7],
      [3, 7],
      [4, 9],
      [5, 21],
    ] as const) {
      const input = randomNtmInput({ rows, columns: 3, shiftWidth, seed: rows * 100 + shiftWidth });
      expectClose(await engine.step(input), reference(input, 'erase-add'));
    }
  });

  it('moves a one-hot by +1 across the wrap, and +2 on N = 2 is the identity', async () => {
    const base = randomNtmInput({ rows: 5, columns: 2, shiftWidth: 3, seed: 1, gate: 0, gamma: 1 });
    const oneHot = Float64Array.from([0, 0, 0, 0, 1]);
    const moved = await engine.step(withInput(base, { previousWeights: oneHot, shift: Float64Array.from([0, 0, 1]) }));
    expect(Array.from(moved.shiftedWeights)).toEqual([1, 0, 0, 0, 0]);
    const two = randomNtmInput({ rows: 2, columns: 2, shiftWidth: 5, seed: 2, gate: 0, gamma: 1 });
    const same = await engine.step(withInput(two, { previousWeights: Float64Array.from([0.25, 0.75]), shift: Float64Array.from([0, 0, 0, 0, 1]) }));
    expect(Array.from(same.shiftedWeights)).toEqual([0.25, 0.75]);
  });

  it('β = 1000 gives a one-hot, not NaN', async () => {
    const base = randomNtmInput({ rows: 4096, columns: 16, shiftWidth: 3, seed: 3, beta: 1000, gate: 1 });
    const key = base.memory.data.slice(777 * 16, 778 * 16);
    const input = withInput(base, { key });
    const gpu = await engine.step(input);
    expect(gpu.contentWeights.every(Number.isFinite)).toBe(true);
    expect(gpu.contentWeights[777]).toBeGreaterThan(1 - 1e-5);
    expectClose(gpu, reference(input, 'erase-add'));
  });

  it('large γ sharpens without underflow or NaN', async () => {
    for (const gamma of [50, 300, 1e4]) {
      const input = randomNtmInput({ rows: 1000, columns: 4, shiftWidth: 5, seed: gamma, gamma });
      const gpu = await engine.step(input);
      expect(gpu.weights.every(Number.isFinite)).toBe(true);
      expectClose(gpu, reference(input, 'erase-add'));
    }
  });

  it('a zero key, zero rows and all-zero shifted weights', async () => {
    const base = randomNtmInput({ rows: 300, columns: 8, shiftWidth: 3, seed: 4 });
    const zeroKey = withInput(base, { key: new Float64Array(8) });
    const zk = await engine.step(zeroKey);
    expect(Array.from(zk.similarity).every((v) => v === 0)).toBe(true);
    expectClose(zk, reference(zeroKey, 'erase-add'));

    const data = base.memory.data.slice();
    data.fill(0, 10 * 8, 20 * 8);
    const zeroRows = withInput(base, { memory: { rows: 300, columns: 8, data } });
    const zr = await engine.step(zeroRows);
    expect(zr.similarity[15]).toBe(0);
    expectClose(zr, reference(zeroRows, 'erase-add'));

    const allZero = withInput(base, { gate: 0, previousWeights: new Float64Array(300) });
    const az = await engine.step(allZero);
    expect(Array.from(az.weights).every((v) => v === 0)).toBe(true);
    expectClose(az, reference(allZero, 'erase-add'));
  });

  it('N = 1,048,576, M = 8', async () => {
    const input = randomNtmInput({ rows: 1_048_576, columns: 8, shiftWidth: 3, seed: 5 });
    expectClose(await engine.step(input), reference(input, 'erase-add'));
  });

  it('fused steps feed each other with no read-back between them', async () => {
    const first = randomNtmInput({ rows: 3000, columns: 12, shiftWidth: 5, seed: 6 });
    await engine.load(first);
    engine.run(4);
    const gpu = await engine.readBack();
    let input = first;
    let ref = ntmStep(input);
    for (let t = 1; t < 4; t++) {
      input = withInput(input, { memory: ref.memoryAfterWrite, previousWeights: ref.weights });
      ref = ntmStep(input);
    }
    expectClose(gpu, ref);
  });
});
