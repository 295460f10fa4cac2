/**
 * An ACT trace computed on the GPU (core/gpu/act/act-gpu-engine.ts).
 * - Hand-given and seeded/hand-set cell scenarios: the ponder steps and the halting decisions are the float64
 *   reference's (core/models/act), then every input step's s_t = Σ p^n s^n and y_t = Σ p^n y^n is computed in
 *   one batched GPU call (one submit, one read-back). For a cell scenario the next input step still starts from
 *   the float64 s_t, so the two backends ponder on exactly the same states and differ only in the combined
 *   values (within float32 rounding).
 * - A trained cell (each input its own one-step sequence): the whole ponder loop of every input runs on the GPU
 *   (shaders/act/act-cell.wgsl), and the trace's states, outputs, halting values and weights are the GPU's.
 */
import { buildTrace } from '../../trace/trace.ts';
import { buildCell, runActSteps, stepFrames, type ActTrace } from '../../models/act/run.ts';
import type { ActStepResult } from '../../models/act/ponder.ts';
import type { ActScenario } from '../../models/act/scenario.ts';
import type { HaltingDecision } from '../../models/act/types.ts';
import type { ActCellGpuCase } from './act-cell-gpu.ts';
import type { ActGpuEngine } from './act-gpu-engine.ts';

/** The halting decision a GPU case reached, in the reference's shape (Graves 2016 §2). */
export function gpuDecision(c: ActCellGpuCase, epsilon: number, maxSteps: number): HaltingDecision {
  const cumulative: number[] = [];
  c.halting.reduce((sum, h) => (cumulative.push(sum + h), sum + h), 0);
  return {
    steps: c.steps,
    probabilities: [...c.halting.slice(0, c.steps - 1), c.remainder],
    remainder: c.remainder,
    ponderCost: c.steps + c.remainder,
    cumulative,
    capped: c.steps === maxSteps && cumulative[c.steps - 1]! < 1 - epsilon,
  };
}

function trainedSteps(inputs: readonly (readonly number[])[], cases: ActCellGpuCase[], epsilon: number, maxSteps: number): ActStepResult[] {
  return cases.map((c, t) => ({
    ponders: c.states.map((state, n) => ({
      input: [...inputs[t]!, n === 0 ? 1 : 0],
      state,
      output: c.outputs[n]!,
      halting: c.halting[n]!,
    })),
    decision: gpuDecision(c, epsilon, maxSteps),
    state: c.state,
    output: c.output,
  }));
}

/** Runs a validated scenario on `engine` (module comment). */
export async function runActScenarioOnGpu(scenario: ActScenario, engine: ActGpuEngine): Promise<ActTrace> {
  if (scenario.source === 'cell' && scenario.cell.kind === 'trained') {
    const { inputs, epsilon, maxSteps } = scenario;
    const cases = await engine.ponder(buildCell(scenario.cell, inputs[0]!.length), inputs, epsilon, maxSteps);
    return buildTrace(
      'act',
      trainedSteps(inputs, cases, epsilon, maxSteps).map((r) => stepFrames(r, epsilon, maxSteps)),
    );
  }
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
