import { describe, expect, it } from 'vitest';
import { runNtmScenarioSync } from '../run-scenario.ts';
import { resolveNtmScenario } from '../scenario.ts';
import { weightingsPerHeadStep } from '../weightings-over-time.ts';
import { copyExamples, copyInput, copyMemorySlots } from './copy-data.ts';
import { runTrainedCopySync } from './forward.ts';
import { ntmCopyFile } from './ntm-copy-file.ts';
import { ntmCopyModel } from './weights.ts';

const model = ntmCopyModel(ntmCopyFile());
const sequence = copyExamples({ seed: 3, count: 1, bits: model.sizes.bits, length: 4 })[0]!.sequence;

describe('scenarios driven by the trained copy NTM', () => {
  it('expand to a read step and a write step per time step that replay the forward pass exactly', () => {
    const trace = runNtmScenarioSync({ module: 'ntm', controller: { trained: 'ntm-copy' }, input: sequence });
    const run = runTrainedCopySync(model, copyInput(sequence), copyMemorySlots(4));
    expect(trace.steps).toBe(2 * (2 * 4 + 1));
    run.steps.forEach((s, t) => {
      const read = trace.frames.find((f) => f.step === 2 * t)!.data;
      const write = trace.frames.find((f) => f.step === 2 * t + 1)!.data;
      expect([read.head, read.role, write.head, write.role]).toEqual(['read', 'read', 'write', 'write']);
      expect(read.result.weights).toEqual(s.readHead.result.weights);
      expect(read.result.readVector).toEqual(s.readHead.result.readVector);
      expect(write.result.memoryAfterWrite).toEqual(s.writeHead.result.memoryAfterWrite);
    });
  });
  it('a checkpoint gives other head parameters than the final weights', () => {
    const first = resolveNtmScenario({ module: 'ntm', controller: { trained: 'ntm-copy', checkpoint: 0 }, input: sequence });
    const last = resolveNtmScenario({ module: 'ntm', controller: { trained: 'ntm-copy' }, input: sequence });
    expect(first.steps[1]!.add).not.toEqual(last.steps[1]!.add);
  });
  it('rejects bad fields with a one-line message naming them', () => {
    const bad =
      (v: unknown): (() => unknown) =>
      () =>
        resolveNtmScenario(v);
    expect(bad({ module: 'ntm', controller: { trained: 'gpt' }, input: sequence })).toThrow(/^controller\.trained: .*ntm-copy/);
    expect(bad({ module: 'ntm', controller: { trained: 'ntm-copy', checkpoint: 40 }, input: sequence })).toThrow(/^controller\.checkpoint/);
    expect(bad({ module: 'ntm', controller: { trained: 'ntm-copy' }, input: [[0, 1]] })).toThrow(/^input\[0\]/);
    expect(bad({ module: 'ntm', controller: { trained: 'ntm-copy' }, input: [[0, 1, 2, 0, 0, 0]] })).toThrow(/^input\[0\]\[2\]/);
    expect(bad({ module: 'ntm', controller: { trained: 'ntm-copy' }, input: sequence, steps: [] })).toThrow(/steps/);
  });
});

describe('the trained copy heat maps', () => {
  it('have one row per time step for each head', () => {
    const maps = weightingsPerHeadStep(runNtmScenarioSync({ module: 'ntm', controller: { trained: 'ntm-copy' }, input: sequence }));
    expect(maps.read).toHaveLength(9);
    expect(maps.write).toHaveLength(9);
    expect(maps.slots).toBe(16);
    for (const row of [...maps.read, ...maps.write]) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });
});
