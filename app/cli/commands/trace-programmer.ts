/**
 * `atenea trace` for Neural Programmer scenarios (core/models/programmer): runs a scenario file or preset on
 * the float64 reference. The trace holds every operation's own result, which the WebGPU engine does not
 * compute, so `--backend webgpu` checks the program's outputs on the GPU against the reference first.
 */
import { PROGRAMMER_PRESETS, programmerPreset } from '../../../core/models/programmer/presets.ts';
import { parseProgrammerScenario, scenarioToJson, scenarioWeights } from '../../../core/models/programmer/scenario.ts';
import { runProgrammerScenario } from '../../../core/models/programmer/trace.ts';
import type { TraceCommand } from '../trace-command.ts';

/** The Neural Programmer trace command. */
export const traceProgrammer: TraceCommand = {
  module: 'programmer',
  presets: PROGRAMMER_PRESETS.map(({ id, name }) => ({ id, name })),
  presetScenario: (id) => {
    const p = programmerPreset(id);
    return p ? scenarioToJson(p.scenario) : undefined;
  },
  async run(value, device) {
    const scenario = parseProgrammerScenario(value);
    const trace = runProgrammerScenario(scenario);
    if (device) {
      const { createProgrammerGpuEngine } = await import('../../../core/gpu/programmer/programmer-gpu-engine.ts');
      const engine = await createProgrammerGpuEngine(device);
      try {
        const input = { table: scenario.table, pivot: scenario.pivot, steps: scenarioWeights(scenario) };
        for (const mode of ['soft', 'hard'] as const) {
          const gpu = await engine.run(input, mode);
          gpu.forEach((step, s) => {
            const ref = trace.frames.find((f) => f.step === s)!.data[mode];
            if (Math.abs(step.scalar - ref.scalar) > 1e-4 * (1 + Math.abs(ref.scalar))) {
              throw new Error(`programmer: the WebGPU ${mode} scalar of step ${s + 1} (${step.scalar}) differs from the reference (${ref.scalar})`);
            }
          });
        }
      } finally {
        engine.destroy();
      }
    }
    return trace;
  },
};
