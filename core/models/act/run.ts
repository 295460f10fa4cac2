/**
 * Runs an ACT scenario into a trace: for each input step t, one `ponder` frame per ponder step n = 1 … N(t)
 * and one `combine` frame (ACT_STAGES), so a lecturer can step through a halt.
 */
import { buildTrace, type Trace } from '../../trace/trace.ts';
import { parityCell } from './parity.ts';
import { seededCell, type ActCell } from './cell.ts';
import { trainedActCell } from './trained/registry.ts';
import { ponderGiven, ponderWithCell, type ActStepResult } from './ponder.ts';
import type { ActCellSpec, ActScenario } from './scenario.ts';
import type { ActFrameData, ActStage } from './types.ts';

/** An ACT trace. */
export type ActTrace = Trace<ActStage, ActFrameData>;

/** Builds the cell a scenario names (`inputSize` is the scenario's input width). */
export function buildCell(spec: ActCellSpec, inputSize: number): ActCell {
  if (spec.kind === 'parity') return parityCell(spec.bits);
  if (spec.kind === 'trained') return trainedActCell(spec.model, spec.checkpoint);
  return seededCell({ seed: spec.seed, stateSize: spec.stateSize, inputSize, outputSize: spec.outputSize, haltingBias: spec.haltingBias });
}

/** Every input step's result, in order (the numbers behind the trace). */
export function runActSteps(scenario: ActScenario): ActStepResult[] {
  const { epsilon, maxSteps } = scenario;
  if (scenario.source === 'given') {
    return scenario.steps.map((s) => {
      const result = ponderGiven(s.halting, s.states, s.outputs, epsilon, maxSteps);
      if (!result) throw new RangeError('runActSteps: a given step does not reach a decision (validate the scenario first)');
      return result;
    });
  }
  const cell = buildCell(scenario.cell, scenario.inputs[0]!.length);
  const zero = new Array<number>(cell.stateSize).fill(0);
  const independent = scenario.cell.kind === 'trained'; // trained on one-step sequences: each input from s_0 = 0
  let state: readonly number[] = scenario.initialState ?? zero;
  return scenario.inputs.map((x) => {
    const result = ponderWithCell(cell, x, state, epsilon, maxSteps);
    state = independent ? zero : result.state; // else s_0 of the next input step is s_{t} (Graves 2016 §2)
    return result;
  });
}

/** The frames of one input step. */
export function stepFrames(result: ActStepResult, epsilon: number, maxSteps: number): { stage: ActStage; data: ActFrameData }[] {
  const { decision, ponders } = result;
  const frames: { stage: ActStage; data: ActFrameData }[] = ponders.map((p, i) => ({
    stage: 'ponder',
    data: {
      kind: 'ponder',
      ponder: i + 1,
      input: p.input,
      state: p.state,
      output: p.output,
      halting: p.halting,
      cumulative: decision.cumulative[i]!,
      budget: 1 - decision.cumulative[i]!,
      threshold: 1 - epsilon,
      epsilon,
      maxSteps,
      halts: i + 1 === decision.steps,
      capped: i + 1 === decision.steps && decision.capped,
    },
  }));
  frames.push({
    stage: 'combine',
    data: {
      kind: 'combine',
      steps: decision.steps,
      halting: ponders.map((p) => p.halting),
      probabilities: decision.probabilities,
      remainder: decision.remainder,
      ponderCost: decision.ponderCost,
      capped: decision.capped,
      epsilon,
      maxSteps,
      states: ponders.map((p) => p.state),
      outputs: ponders.map((p) => p.output),
      state: result.state,
      output: result.output,
    },
  });
  return frames;
}

/** Runs a validated scenario with the float64 reference into a trace. */
export function runActScenario(scenario: ActScenario): ActTrace {
  return buildTrace(
    'act',
    runActSteps(scenario).map((r) => stepFrames(r, scenario.epsilon, scenario.maxSteps)),
  );
}

/** N(t) for every input step of a trace: the plot of ponder steps per input (the parity preset's figure). */
export function ponderStepsPerInput(trace: ActTrace): number[] {
  const steps = new Array<number>(trace.steps).fill(0);
  for (const f of trace.frames) if (f.data.kind === 'combine') steps[f.step] = f.data.steps;
  return steps;
}

/** ρ_t for every input step of a trace, and their sum P(x) = Σ_t ρ_t (Graves 2016 §2.1). */
export function ponderCosts(trace: ActTrace): { perStep: number[]; total: number } {
  const perStep = new Array<number>(trace.steps).fill(0);
  for (const f of trace.frames) if (f.data.kind === 'combine') perStep[f.step] = f.data.ponderCost;
  return { perStep, total: perStep.reduce((a, b) => a + b, 0) };
}
