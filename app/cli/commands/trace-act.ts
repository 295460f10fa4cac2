/**
 * `atenea trace` for ACT scenarios: runs a scenario file or preset (core/models/act) on the float64 reference,
 * or with the weighted combinations on WebGPU when a device is given (core/gpu/act).
 */
import { actPresets, findActPreset } from '../../../core/models/act/presets.ts';
import { runActScenario } from '../../../core/models/act/run.ts';
import { parseActScenario } from '../../../core/models/act/scenario.ts';
import type { TraceCommand } from '../trace-command.ts';

/** The ACT trace command. */
export const traceAct: TraceCommand = {
  module: 'act',
  presets: actPresets.map(({ id, name }) => ({ id, name })),
  presetScenario: (id) => findActPreset(id)?.scenario,
  async run(value, device) {
    const scenario = parseActScenario(value);
    if (!device) return runActScenario(scenario);
    const { createActGpuEngine } = await import('../../../core/gpu/act/act-gpu-engine.ts');
    const { runActScenarioOnGpu } = await import('../../../core/gpu/act/run-act-scenario-gpu.ts');
    const engine = await createActGpuEngine(device);
    try {
      return await runActScenarioOnGpu(scenario, engine);
    } finally {
      engine.destroy();
    }
  },
};
