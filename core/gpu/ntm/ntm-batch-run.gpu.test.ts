import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { copyTaskScenario } from '../../models/ntm/copy-task.ts';
import { runNtmScenario, type NtmTrace } from '../../models/ntm/run-scenario.ts';
import { resolveNtmScenario, type NtmScenario, type NtmScenarioStep } from '../../models/ntm/scenario.ts';
import { ValidationError } from '../../scenario/validate.ts';
import { useGpuDevice } from '../../testing/gpu-test-device.ts';
import { createNtmGpuEngine, type NtmGpuEngine } from './ntm-gpu-engine.ts';
import { runNtmBatch } from './ntm-batch-run.ts';
import { createNtmStepPlan } from './ntm-step-plan.ts';
import { expectNtmClose } from './ntm-expect.ts';

const dawn = useGpuDevice();
let engine: NtmGpuEngine;

beforeAll(async () => {
  engine = await createNtmGpuEngine(dawn.device);
});
afterAll(() => engine?.destroy());
afterEach(() => vi.restoreAllMocks());

/** The copy task (two heads, parameters that differ every step) with every third step's write the lecture's simplified one. */
function mixedCopy(): NtmScenario {
  const copy = copyTaskScenario({ length: 5, bits: 4 });
  const simplified = (s: NtmScenarioStep): NtmScenarioStep => {
    const { erase: _erase, ...rest } = s;
    return { ...rest, write: 'simplified' };
  };
  return { ...copy, steps: copy.steps.map((s, t) => (t % 3 === 2 ? simplified(s) : s)) };
}

/** One result per time step of a trace (its frames share a step's data). */
function stepResults(trace: NtmTrace): NtmTrace['frames'][number]['data']['result'][] {
  return trace.frames.filter((f) => f.stage === 'content').map((f) => f.data.result);
}

describe('a whole NTM scenario on the GPU', () => {
  it('is one submit and one mapAsync, however many steps and whatever their parameters', async () => {
    const scenario = mixedCopy();
    expect(resolveNtmScenario(scenario).steps.length).toBe(10);
    const submit = vi.spyOn(dawn.device.queue, 'submit');
    const map = vi.spyOn(GPUBuffer.prototype, 'mapAsync');
    const gpu = await runNtmScenario(scenario, engine);
    expect(submit).toHaveBeenCalledTimes(1);
    expect(map).toHaveBeenCalledTimes(1);
    const reference = stepResults(await runNtmScenario(scenario));
    const results = stepResults(gpu);
    expect(results).toHaveLength(reference.length);
    results.forEach((r, t) => expectNtmClose(r, reference[t]!));
  });

  it('gives the same trace as submitting step by step, with the same inputs per frame', async () => {
    const scenario = mixedCopy();
    const batched = await runNtmScenario(scenario, engine);
    const stepByStep = await runNtmScenario(scenario, { backend: 'webgpu', step: (input) => engine.step(input) });
    expect(batched.frames.map((f) => f.data.result)).toEqual(stepByStep.frames.map((f) => f.data.result));
    expect(batched.frames.map((f) => f.data.input)).toEqual(stepByStep.frames.map((f) => f.data.input));
  });

  it('runs steps of different shift widths on the widest plan, as step by step does', async () => {
    const scenario = mixedCopy();
    const wide = { ...scenario, steps: scenario.steps.map((s, t) => (t === 4 ? { ...s, shift: [0, 0.25, 0, 0.75, 0, 0, 0] } : s)) };
    const batched = stepResults(await runNtmScenario(wide, engine));
    const stepByStep = stepResults(await runNtmScenario(wide, { backend: 'webgpu', step: (input) => engine.step(input) }));
    const reference = stepResults(await runNtmScenario(wide));
    batched.forEach((r, t) => expectNtmClose(r, reference[t]!));
    expect(batched).toEqual(stepByStep);
  });

  it('splits a record larger than its bound into as few submits as fit, with the same results', async () => {
    const resolved = resolveNtmScenario(mixedCopy());
    const { rows, columns } = resolved.memory;
    const plan = await createNtmStepPlan(dawn.device, { rows, columns, shiftWidth: 3 });
    try {
      const whole = await runNtmBatch(dawn.device, plan, resolved);
      const submit = vi.spyOn(dawn.device.queue, 'submit');
      const perStepBytes = 4 * (5 * rows + columns + rows * columns);
      const split = await runNtmBatch(dawn.device, plan, resolved, 4 * perStepBytes);
      expect(submit).toHaveBeenCalledTimes(Math.ceil(resolved.steps.length / 4));
      expect(split).toEqual(whole);
    } finally {
      plan.destroy();
    }
  });

  it('refuses a step the float32 kernels cannot compute, naming the step', async () => {
    const scenario = mixedCopy();
    const bad = { ...scenario, steps: scenario.steps.map((s, t) => (t === 3 ? { ...s, add: s.add!.map(() => 1e39) } : s)) };
    const refusal = await runNtmScenario(bad, engine).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).path).toMatch(/^steps\[3\]\.add/);
  });
});
