/**
 * A chapter's compute step: the module's descriptor (core/models/<module>/index.ts) run through the app's GPU
 * backend, so the app computes exactly what `atenea trace` computes, on the GPU or, failing that, the reference.
 */
import type { ComputeOutcome } from '#core/gpu/common/backend.ts';
import type { Mechanism } from '#core/models/mechanism.ts';
import type { Trace } from '#core/trace/trace.ts';
import type { ComputeContext } from './chapter.ts';

/** Runs `scenario` with `mechanism` on the context's backend (GPU, else the float64 reference, with the reason). */
export function runMechanism<Scenario, Stage extends string, Data>(
  mechanism: Mechanism<Scenario, Stage, Data>,
  scenario: Scenario,
  context: ComputeContext,
): Promise<ComputeOutcome<Trace<Stage, Data>>> {
  return context.backend.compute(
    (gpu) => mechanism.runOnGpu(scenario, gpu),
    () => mechanism.runReference(scenario),
  );
}
