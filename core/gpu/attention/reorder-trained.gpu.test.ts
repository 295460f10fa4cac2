import { describe, expect, it } from 'vitest';
import { useGpuDevice } from '../../testing/gpu-test-device.ts';
import { runAttentionScenario, runAttentionScenarioSync } from '../../models/attention/attention-scenario.ts';
import { attentionPreset } from '../../models/attention/presets.ts';
import { reorderScenario } from '../../models/attention/trained/reorder-scenario.ts';
import { evaluateAttentionReorder } from '../../models/attention/trained/reorder-evaluate.ts';
import { createAttentionGpuEngine } from './attention-gpu-engine.ts';
import { createReorderGpu } from './reorder-gpu.ts';

const dawn = useGpuDevice();

describe('the trained reorder model’s attention on the GPU (additive scores in WGSL)', () => {
  it.each([
    ['the preset', () => attentionPreset('reorder-trained')!.scenario],
    ['another phrase', () => reorderScenario('el perro triste corre')],
  ])('%s: the same frames as the float64 reference, weights and contexts within 1e-5', async (_, scenario) => {
    const engine = await createAttentionGpuEngine(dawn.device);
    const cpu = runAttentionScenarioSync(scenario());
    const gpu = await runAttentionScenario(scenario(), (input) => engine.sequence(input));
    expect(gpu.frames.map((f) => [f.step, f.stage])).toEqual(cpu.frames.map((f) => [f.step, f.stage]));
    gpu.frames.forEach((f, i) => {
      const c = cpu.frames[i]!.data;
      f.data.weights.forEach((w, j) => expect(Math.abs(w - c.weights[j]!), `frame ${i} α[${j}]`).toBeLessThanOrEqual(1e-5));
      (f.data.context ?? []).forEach((v, k) => expect(Math.abs(v - c.context![k]!), `frame ${i} c[${k}]`).toBeLessThanOrEqual(1e-5));
    });
    engine.destroy();
  });

  it('evaluate on webgpu (encoder, decoder, attention and output in WGSL): the same words, alignments within 1e-5 of the cpu ones', async () => {
    const engine = await createAttentionGpuEngine(dawn.device);
    const cpu = await evaluateAttentionReorder({ cases: 3, seed: 21 });
    const gpu = await evaluateAttentionReorder({
      cases: 3,
      seed: 21,
      translator: (weights) => createReorderGpu(dawn.device, weights, (input) => engine.step(input)),
    });
    expect(gpu.backend).toBe('webgpu');
    gpu.cases.forEach((c, i) => {
      expect(c.output).toEqual(cpu.cases[i]!.output);
      c.alignment.forEach((row, t) => row.forEach((a, j) => expect(Math.abs(a - cpu.cases[i]!.alignment[t]![j]!)).toBeLessThanOrEqual(1e-5)));
    });
    engine.destroy();
  });
});
