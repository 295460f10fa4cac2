/**
 * `atenea trace` for ACT scenarios: runs a scenario file or preset (core/models/act) on the float64 reference,
 * or with the weighted combinations on WebGPU when a device is given (core/gpu/act).
 */
import { actPresets, findActPreset } from '../../models/act/presets.ts';
import { runActScenario } from '../../models/act/run.ts';
import { parseActScenario } from '../../models/act/scenario.ts';
import type { TraceCommand } from '../trace-command.ts';

/** The ACT trace command. */
export const traceAct: TraceCommand = {
  module: 'act',
  presets: actPresets.map(({ id, name }) => ({ id, name })),
  presetScenario: (id) => findActPreset(id)?.scenario,
  async run(value, device) {
    const scenario = parseActScenario(value);
    if (!device) return runActScenario(scenario);
    const { createActGpuEngine } = await import('../../gpu/act/act-gpu-engine.ts');
    const { runActScenarioOnGpu } = await import('../../gpu/act/run-act-scenario-gpu.ts');
    const engine = await createActGpuEngine(device);
    try {
      return await runActScenarioOnGpu(scenario, engine);
    } finally {
      engine.destroy();
    }
  },
};
