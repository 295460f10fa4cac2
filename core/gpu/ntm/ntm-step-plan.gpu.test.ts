import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ntmStep } from '../../models/ntm/step.ts';
import { useGpuDevice } from '../../testing/gpu-test-device.ts';
import { createNtmGpuEngine, type NtmGpuEngine } from './ntm-gpu-engine.ts';
import { expectNtmClose, ntmReference } from './ntm-expect.ts';
import { randomNtmInput } from './ntm-test-cases.ts';

const dawn = useGpuDevice();
let engine: NtmGpuEngine;
// The hardware layout (one-row blocks, many workgroups, both folds) run on this software adapter.
let gpuLayout: NtmGpuEngine;

beforeAll(async () => {
  engine = await createNtmGpuEngine(dawn.device);
  gpuLayout = await createNtmGpuEngine(dawn.device, { contiguous: false, targetWorkgroups: 8 });
});
afterAll(() => {
  engine?.destroy();
  gpuLayout?.destroy();
});
afterEach(() => vi.restoreAllMocks());

describe('NTM step plan', () => {
  it('matches the reference within 1e-5 at random sizes up to 4,194,304 rows (narrow rows keep it fast)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4_194_304 }),
        fc.constantFrom(1, 3, 4),
        fc.constantFrom(1, 3, 5),
        fc.constantFrom('erase-add' as const, 'simplified' as const),
        fc.integer(),
        async (rows, columns, shiftWidth, write, seed) => {
          const input = randomNtmInput({ rows, columns, shiftWidth, seed });
          expectNtmClose(await engine.step(input, { write }), ntmReference(input, write));
        },
      ),
      { numRuns: 2, seed: 4_194_304 },
    );
  });

  it('N = 4,194,304, M = 4 (vec4 rows)', async () => {
    const input = randomNtmInput({ rows: 4_194_304, columns: 4, shiftWidth: 3, seed: 7 });
    expectNtmClose(await engine.step(input), ntmReference(input, 'erase-add'));
  });

  it('the GPU layout (one-row blocks, folded partials, many chunks) matches too', async () => {
    for (const [rows, columns, shiftWidth] of [
      [1, 5, 3],
      [129, 20, 3],
      [5000, 64, 5],
      [70_001, 7, 3],
    ] as const) {
      const input = randomNtmInput({ rows, columns, shiftWidth, seed: rows });
      for (const write of ['erase-add', 'simplified'] as const) expectNtmClose(await gpuLayout.step(input, { write }), ntmReference(input, write));
    }
  });

  it('5 dispatches a step at lecture size, 8 for a large memory', async () => {
    await engine.load(randomNtmInput({ rows: 128, columns: 20, shiftWidth: 3, seed: 1 }));
    expect(engine.stepDispatches().map((d) => d.label)).toEqual(['ntm contentAddress', 'ntm gate', 'ntm shiftAddress', 'ntm sharpen', 'ntm readWrite']);
    await engine.load(randomNtmInput({ rows: 65_536, columns: 64, shiftWidth: 3, seed: 2 }));
    expect(engine.stepDispatches()).toHaveLength(8);
  });

  it('K fused steps are one submit, and their read-back one more submit and one map', async () => {
    const first = randomNtmInput({ rows: 3000, columns: 12, shiftWidth: 5, seed: 6 });
    await engine.load(first);
    const submit = vi.spyOn(dawn.device.queue, 'submit');
    const map = vi.spyOn(GPUBuffer.prototype, 'mapAsync');
    engine.run(5);
    expect(submit).toHaveBeenCalledTimes(1);
    const gpu = await engine.readBack();
    expect(submit).toHaveBeenCalledTimes(2);
    expect(map).toHaveBeenCalledTimes(1);
    let input = first;
    let ref = ntmStep(input);
    for (let t = 1; t < 5; t++) {
      input = { ...input, memory: ref.memoryAfterWrite, previousWeights: ref.weights };
      ref = ntmStep(input);
    }
    expectNtmClose(gpu, ref);
  });
});
