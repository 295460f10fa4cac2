/**
 * `atenea trace` for NTM scenarios: runs a scenario file or preset (core/models/ntm) on the reference or on
 * the WebGPU engine.
 */
import { NTM_PRESETS, ntmPreset } from '../../../core/models/ntm/presets.ts';
import { runNtmScenario } from '../../../core/models/ntm/run-scenario.ts';
import { resolveNtmScenario } from '../../../core/models/ntm/scenario.ts';
import type { TraceCommand } from '../trace-command.ts';

/** The NTM trace command. */
export const traceNtm: TraceCommand = {
  module: 'ntm',
  presets: NTM_PRESETS.map(({ id, name }) => ({ id, name })),
  presetScenario: (id) => ntmPreset(id)?.scenario,
  async run(scenario, device) {
    if (!device) return runNtmScenario(scenario);
    resolveNtmScenario(scenario); // report a bad scenario before compiling any kernel
    const { createNtmGpuEngine } = await import('../../../core/gpu/ntm/ntm-gpu-engine.ts');
    const engine = await createNtmGpuEngine(device);
    try {
      return await runNtmScenario(scenario, engine);
    } finally {
      engine.destroy();
    }
  },
};
