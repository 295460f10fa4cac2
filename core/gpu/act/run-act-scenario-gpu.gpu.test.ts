import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actPresets } from '../../models/act/presets.ts';
import { runActScenario } from '../../models/act/run.ts';
import { useGpuDevice } from '../../testing/gpu-test-device.ts';
import { createActGpuEngine, type ActGpuEngine } from './act-gpu-engine.ts';
import { runActScenarioOnGpu } from './run-act-scenario-gpu.ts';

const dawn = useGpuDevice();
let engine: ActGpuEngine;

beforeAll(async () => {
  engine = await createActGpuEngine(dawn.device);
});
afterAll(() => engine?.destroy());

describe('ACT traces with GPU combinations', () => {
  it('match the float64 trace of every preset: same frames, combined state and output within 1e-5', async () => {
    for (const preset of actPresets.filter((p) => p.provenance !== 'trained')) {
      // trained: act-cell-gpu.gpu.test.ts
      const cpu = runActScenario(preset.scenario);
      const gpu = await runActScenarioOnGpu(preset.scenario, engine);
      expect(gpu.frames.map((f) => [f.step, f.stage])).toEqual(cpu.frames.map((f) => [f.step, f.stage]));
      gpu.frames.forEach((f, i) => {
        const c = cpu.frames[i]!.data;
        if (f.data.kind !== 'combine' || c.kind !== 'combine') {
          expect(f.data).toEqual(c);
          return;
        }
        const { state, output, ...rest } = f.data;
        const { state: cs, output: co, ...crest } = c;
        expect(rest).toEqual(crest);
        expect(state).toHaveLength(cs.length);
        expect(output).toHaveLength(co.length);
        state.forEach((v, j) => expect(Math.abs(v - cs[j]!), `${preset.id} state[${j}]`).toBeLessThanOrEqual(1e-5));
        output.forEach((v, j) => expect(Math.abs(v - co[j]!), `${preset.id} output[${j}]`).toBeLessThanOrEqual(1e-5));
      });
    }
  });
});
