/**
 * The NTM scenario figure of `npm run bench -- ntm` (README "Speed"): a whole scenario whose parameters differ
 * every step (the copy preset's access pattern, 16 steps at 128 × 20) run end to end into its trace, once with the
 * engine's one-submit path (core/gpu/ntm/ntm-batch-run.ts: one submit and one read-back for every step) and once
 * step by step (one submit and one read-back per step, as before). Rates are the best of `repeats` measurements.
 */
import type { NtmGpuEngine } from '#core/gpu/ntm/ntm-gpu-engine.ts';
import { copyTaskScenario } from '#core/models/ntm/copy-task.ts';
import { runNtmScenario } from '#core/models/ntm/run-scenario.ts';
import { resolveNtmScenario } from '#core/models/ntm/scenario.ts';
import { fastestOf, msPerCall } from './timing.ts';

/** Steps per second of one scenario, both ways. */
export interface NtmScenarioBench {
  readonly rows: number;
  readonly columns: number;
  readonly steps: number;
  /** Every step in one submit and one read-back. */
  readonly oneSubmitStepsPerSecond: number;
  /** One submit and one read-back per step. */
  readonly perStepStepsPerSecond: number;
}

/** The copy task's write-then-read pattern over 8 vectors of 19 bits (M = 20) in 128 slots: 16 steps. */
const SCENARIO = copyTaskScenario({ length: 8, bits: 19, slots: 128 });

/** Measures the scenario on `engine` both ways. */
export async function runNtmScenarioBench(engine: NtmGpuEngine, targetMs: number, repeats: number): Promise<NtmScenarioBench> {
  const { memory, steps } = resolveNtmScenario(SCENARIO);
  const stepByStep = { backend: 'webgpu' as const, step: engine.step.bind(engine) };
  const stepsPerSecond = (stepper: Parameters<typeof runNtmScenario>[1]): Promise<number> =>
    fastestOf(repeats, () => msPerCall(() => runNtmScenario(SCENARIO, stepper), { targetMs, maxCount: 10_000 })).then((ms) => (1000 * steps.length) / ms);
  return {
    rows: memory.rows,
    columns: memory.columns,
    steps: steps.length,
    oneSubmitStepsPerSecond: await stepsPerSecond(engine),
    perStepStepsPerSecond: await stepsPerSecond(stepByStep),
  };
}
