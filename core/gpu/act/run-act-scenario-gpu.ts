/**
 * An ACT trace whose weighted combinations come from the GPU (core/gpu/act/act-gpu-engine.ts): the ponder
 * steps and the halting decisions are the float64 reference's (core/models/act), then every input step's
 * s_t = Σ p^n s^n and y_t = Σ p^n y^n is computed in one batched GPU call (one submit, one read-back).
 * For a cell scenario the next input step still starts from the float64 s_t, so the two backends ponder on
 * exactly the same states and differ only in the combined values (within float32 rounding).
 */
import { buildTrace } from '../../trace/trace.ts';
import { runActSteps, stepFrames, type ActTrace } from '../../models/act/run.ts';
import type { ActScenario } from '../../models/act/scenario.ts';
import type { ActGpuEngine } from './act-gpu-engine.ts';

/** Runs a validated scenario with the combinations on `engine`. */
export async function runActScenarioOnGpu(scenario: ActScenario, engine: ActGpuEngine): Promise<ActTrace> {
  const results = runActSteps(scenario);
  const combined = await engine.combine(
    results.map((r) => ({
      probabilities: r.decision.probabilities,
      states: r.ponders.map((p) => p.state),
      outputs: r.ponders.map((p) => p.output),
    })),
  );
  return buildTrace(
    'act',
    results.map((r, t) =>
      stepFrames({ ...r, state: Array.from(combined[t]!.state), output: Array.from(combined[t]!.output) }, scenario.epsilon, scenario.maxSteps),
    ),
  );
}
