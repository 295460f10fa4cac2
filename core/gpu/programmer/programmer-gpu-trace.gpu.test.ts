import { describe, expect, it } from 'vitest';
import { useGpuDevice } from '../../testing/gpu-test-device.ts';
import { createGpuBackend } from '../common/backend.ts';
import { programmerMechanism } from '../../models/programmer/index.ts';
import { PROGRAMMER_PRESETS } from '../../models/programmer/presets.ts';
import { runProgrammerScenario } from '../../models/programmer/trace.ts';
import { withGpuOutputs } from './programmer-gpu-trace.ts';

const dawn = useGpuDevice();

describe('Neural Programmer trace on WebGPU', () => {
  it('gives every preset the reference trace, with the GPU’s outputs (soft and hard) in every step', async () => {
    for (const preset of PROGRAMMER_PRESETS) {
      const ref = runProgrammerScenario(preset.scenario);
      const backend0 = createGpuBackend({ device: dawn.device });
      const { trace, backend } = await backend0.compute(
        (gpu) => programmerMechanism.runOnGpu(preset.scenario, gpu),
        () => programmerMechanism.runReference(preset.scenario),
      );
      backend0.dispose();
      expect(backend).toBe('webgpu');
      expect(trace.frames.map((f) => `${f.step}:${f.stage}`)).toEqual(ref.frames.map((f) => `${f.step}:${f.stage}`));
      trace.frames.forEach((f, k) => {
        const r = ref.frames[k]!.data;
        for (const mode of ['soft', 'hard'] as const) {
          expect(f.data[mode].scalar).toBeCloseTo(r[mode].scalar, 4);
          Array.from(f.data[mode].rowSelector).forEach((x, i) => expect(x).toBeCloseTo(r[mode].rowSelector[i]!, 5));
        }
      });
      if (preset.expectedAnswer !== undefined) expect(trace.frames.at(-1)!.data.hard.scalar).toBe(preset.expectedAnswer);
    }
  });

  it('refuses GPU outputs that disagree with the reference (so the backend falls back to the reference)', () => {
    const r = runProgrammerScenario(PROGRAMMER_PRESETS[0]!.scenario).frames.at(-1)!.data.soft;
    const bad = {
      scalar: r.scalar + 1,
      rowSelector: r.rowSelector,
      lookup: r.lookup,
      sumPerColumn: r.operations.sumPerColumn,
      count: r.operations.count,
    };
    expect(() => withGpuOutputs(r, bad, 'soft step 2')).toThrow(/soft step 2 scalar/);
  });
});
