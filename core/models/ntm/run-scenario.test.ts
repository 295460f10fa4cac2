import { describe, expect, it } from 'vitest';
import { runNtmScenario, runNtmScenarioSync } from './run-scenario.ts';
import { ntmStep } from './step.ts';
import { ValidationError } from '../../scenario/validate.ts';
import { NTM_STAGES, type NtmStepInput, type NtmStepResult, type NtmStepper } from './types.ts';

const scenario = {
  module: 'ntm',
  memory: [
    [1, 0],
    [0, 1],
    [0, 0],
    [1, 1],
  ],
  heads: [
    { name: 'w', initialWeights: { oneHot: 0 } },
    { name: 'r', initialWeights: 'uniform' },
  ],
  steps: [
    { head: 'w', role: 'write', gate: 0, shift: [0, 0, 1], erase: [1, 1], add: [0, 6] },
    { head: 'w', role: 'write', gate: 0, shift: [0, 0, 1], erase: [1, 1], add: [7, 0] },
    { head: 'r', role: 'read', key: [0, 6], beta: 1000 },
    { head: 'w', role: 'write', write: 'simplified', gate: 0, shift: [0, 0, 1], add: [9, 9] },
  ],
};

describe('runNtmScenario', () => {
  it("a stepper's refusal (the GPU's float32 range) names the step", async () => {
    let calls = 0;
    const refusing: NtmStepper = {
      backend: 'webgpu',
      step: async (input: NtmStepInput): Promise<NtmStepResult> => {
        if (calls++ === 2) throw new ValidationError('key[1]', 'got 1e+39', 'a float32 number');
        return ntmStep(input);
      },
    };
    await expect(runNtmScenario(scenario, refusing)).rejects.toThrow(/^steps\[2\]\.key\[1\]: got 1e\+39; allowed: a float32 number$/);
  });
  it('one frame per stage per step, numbered in order, sharing the step data', () => {
    const trace = runNtmScenarioSync(scenario);
    expect(trace.module).toBe('ntm');
    expect(trace.steps).toBe(4);
    expect(trace.frames.map((f) => f.stage)).toEqual([...NTM_STAGES, ...NTM_STAGES, ...NTM_STAGES, ...NTM_STAGES]);
    expect(trace.frames.map((f) => f.index)).toEqual(trace.frames.map((_, i) => i));
    expect(trace.frames[6]!.step).toBe(1);
    expect(trace.frames[0]!.data).toBe(trace.frames[5]!.data);
    expect(trace.frames[18]!.data.writeMode).toBe('simplified');
    expect(Array.from(trace.frames[18]!.data.input.erase)).toEqual([1, 1]);
  });
  it("carries the memory forward and each head's previous weights from its own last step", () => {
    const t = runNtmScenarioSync(scenario);
    const step = (i: number) => t.frames[i * NTM_STAGES.length]!.data;
    expect(step(1).input.memory).toBe(step(0).result.memoryAfterWrite);
    expect(step(1).input.previousWeights).toBe(step(0).result.weights);
    expect(Array.from(step(0).result.weights)).toEqual([0, 1, 0, 0]);
    expect(Array.from(step(1).result.weights)).toEqual([0, 0, 1, 0]);
    // The read head starts from its own (uniform) weights and finds [0, 6] by content.
    expect(Array.from(step(2).input.previousWeights)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(step(2).result.weights[1]).toBe(1);
    expect(step(2).result.readVector[0]).toBeCloseTo(0, 100);
    expect(step(2).result.readVector[1]).toBe(6);
    // The write head resumes where it stopped (slot 2) and moves to slot 3.
    expect(step(3).input.previousWeights).toBe(step(1).result.weights);
    expect(Array.from(step(3).result.weights)).toEqual([0, 0, 0, 1]);
    expect(Array.from(step(3).result.memoryAfterWrite.data)).toEqual([1, 0, 0, 6, 7, 0, 9, 9]);
  });
  it('runs on any stepper and gives the same trace as the synchronous reference', async () => {
    const calls: NtmStepInput[] = [];
    const recording: NtmStepper = {
      backend: 'cpu',
      step: async (input): Promise<NtmStepResult> => {
        calls.push(input);
        return ntmStep(input);
      },
    };
    const trace = await runNtmScenario(scenario, recording);
    expect(calls).toHaveLength(4);
    expect(trace).toEqual(runNtmScenarioSync(scenario));
    expect(await runNtmScenario(scenario)).toEqual(trace);
  });
  it('rejects a bad scenario before stepping', async () => {
    await expect(runNtmScenario({ ...scenario, steps: [{ gate: 2 }] })).rejects.toThrow('steps[0].gate: got 2; allowed: a finite number in [0, 1]');
  });
});
