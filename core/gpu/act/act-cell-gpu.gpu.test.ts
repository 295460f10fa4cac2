import { describe, expect, it } from 'vitest';
import { seededCell } from '../../models/act/cell.ts';
import { parityExamples } from '../../models/act/parity-data.ts';
import { ponderWithCell } from '../../models/act/ponder.ts';
import { parityTrainedPreset } from '../../models/act/presets.ts';
import { runActScenario } from '../../models/act/run.ts';
import { evaluateActParity } from '../../models/act/trained/evaluate.ts';
import { trainedActFile } from '../../models/act/trained/registry.ts';
import { useGpuDevice } from '../../testing/gpu-test-device.ts';
import { createActGpuEngine } from './act-gpu-engine.ts';
import { ponderCasesOnGpu } from './act-cell-gpu.ts';
import { runActScenarioOnGpu } from './run-act-scenario-gpu.ts';

const dawn = useGpuDevice();
/**
 * Within 1e-5, relative to the value once it exceeds 1: states, halting values and weights lie in [−1, 1], but the
 * outputs are logits (σ(y) is the probability) that reach ±20 after training, where float32 keeps ~7 digits.
 */
const near = (a: readonly number[], b: readonly number[], what: string): void => {
  expect(a, what).toHaveLength(b.length);
  a.forEach((v, j) => expect(Math.abs(v - b[j]!), `${what}[${j}]`).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(b[j]!))));
};

describe('the ACT cell on the GPU (shaders/act/act-cell.wgsl) against the float64 reference', () => {
  const file = trainedActFile('act-parity');
  const { epsilon, maxSteps } = file.card.sizes;
  const examples = parityExamples(99, file.weights.inputSize, 48);

  it.each([
    ['the trained parity cell', file.weights, maxSteps],
    ['its first checkpoint', file.checkpoints[0]!.weights, maxSteps],
    [
      'a seeded cell with D = 70 > one workgroup and 3 outputs, capped at M = 7',
      seededCell({ seed: 5, stateSize: 70, inputSize: 8, outputSize: 3, haltingBias: -2 }),
      7,
    ],
  ])('%s: same N, and states, outputs, halting values, R, s_t, y_t within 1e-5', async (_, cell, m) => {
    const gpu = await ponderCasesOnGpu(
      dawn.device,
      cell,
      examples.map((e) => e.input),
      epsilon,
      m,
    );
    examples.forEach((e, i) => {
      const ref = ponderWithCell(cell, e.input, new Array<number>(cell.stateSize).fill(0), epsilon, m);
      const g = gpu[i]!;
      expect(g.steps, `case ${i} N`).toBe(ref.decision.steps);
      near(
        g.halting,
        ref.ponders.map((p) => p.halting),
        `case ${i} h`,
      );
      ref.ponders.forEach((p, n) => {
        near(g.states[n]!, p.state, `case ${i} s^${n + 1}`);
        near(g.outputs[n]!, p.output, `case ${i} y^${n + 1}`);
      });
      near([g.remainder], [ref.decision.remainder], `case ${i} R`);
      near(g.state, ref.state, `case ${i} s_t`);
      near(g.output, ref.output, `case ${i} y_t`);
    });
  });

  it('the trained preset on the GPU gives the reference trace: same frames, numbers within 1e-5', async () => {
    const engine = await createActGpuEngine(dawn.device);
    const cpu = runActScenario(parityTrainedPreset.scenario);
    const gpu = await runActScenarioOnGpu(parityTrainedPreset.scenario, engine);
    expect(gpu.frames.map((f) => [f.step, f.stage])).toEqual(cpu.frames.map((f) => [f.step, f.stage]));
    gpu.frames.forEach((f, i) => {
      const c = cpu.frames[i]!.data;
      if (f.data.kind === 'ponder' && c.kind === 'ponder') {
        expect([f.data.ponder, f.data.halts, f.data.capped, f.data.input]).toEqual([c.ponder, c.halts, c.capped, c.input]);
        near([f.data.halting, f.data.cumulative, f.data.budget], [c.halting, c.cumulative, c.budget], `frame ${i}`);
        near(f.data.state, c.state, `frame ${i} state`);
      } else if (f.data.kind === 'combine' && c.kind === 'combine') {
        expect(f.data.steps).toBe(c.steps);
        near(f.data.probabilities, c.probabilities, `frame ${i} p`);
        near([f.data.remainder, f.data.ponderCost], [c.remainder, c.ponderCost], `frame ${i} R, ρ`);
        near(f.data.output, c.output, `frame ${i} y_t`);
        near(f.data.state, c.state, `frame ${i} s_t`);
      } else throw new Error(`frame ${i}: kinds differ`);
    });
    engine.destroy();
  });

  it('evaluate on webgpu gives the cpu answers: same ponder steps, probabilities within 1e-5', async () => {
    const engine = await createActGpuEngine(dawn.device);
    const cpu = await evaluateActParity({ cases: 64, seed: 12 });
    const gpu = await evaluateActParity({ cases: 64, seed: 12, engine });
    expect(gpu.backend).toBe('webgpu');
    gpu.cases.forEach((c, i) => {
      expect([c.input, c.target, c.ponderSteps]).toEqual([cpu.cases[i]!.input, cpu.cases[i]!.target, cpu.cases[i]!.ponderSteps]);
      expect(Math.abs(c.output - cpu.cases[i]!.output)).toBeLessThanOrEqual(1e-5);
    });
    engine.destroy();
  });

  it('refuses inputs of the wrong width, naming the input and the width', async () => {
    await expect(ponderCasesOnGpu(dawn.device, file.weights, [[1, 0]], epsilon, maxSteps)).rejects.toThrow(/inputs\[0\] must have 8 entries, got 2/);
  });
});
