/**
 * `atenea trace` for any mechanism: a thin adapter over its descriptor (core/models/<module>/index.ts), so the
 * command runs exactly what the app's chapter runs. `--backend webgpu` runs the descriptor's GPU path with
 * engines built for this one run (never a silent fall back to the reference: a GPU error is the command's error).
 */
import { withEngines } from '#core/gpu/common/backend.ts';
import type { Mechanism } from '#core/models/mechanism.ts';
import type { TraceCommand } from '../trace-command.ts';

/** The trace command of a mechanism. */
export function traceCommandOf<Scenario, Stage extends string, Data>(mechanism: Mechanism<Scenario, Stage, Data>): TraceCommand {
  return {
    module: mechanism.id,
    presets: mechanism.presets.map(({ id, name }) => ({ id, name })),
    presetScenario: (id) => mechanism.presets.find((p) => p.id === id)?.scenario,
    async run(value, device) {
      // Validate before compiling any kernel, so a bad scenario is reported as such.
      const scenario = mechanism.parseScenario(value);
      if (!device) return mechanism.runReference(scenario);
      return withEngines(device, (gpu) => mechanism.runOnGpu(scenario, gpu));
    },
  };
}
