/**
 * The parity preset's figure: ponder steps N(t) against the number of non-zero entries of each input
 * (Graves 2016 §3.1 reports ponder time growing with the task's difficulty).
 */
import { nonZeroCount } from './parity.ts';
import { ponderStepsPerInput, type ActTrace } from './run.ts';
import type { CellActScenario } from './scenario.ts';

/** One point of the plot: an input step, its difficulty and its ponder steps. */
export interface PonderPoint {
  /** The input step t. */
  readonly step: number;
  /** Non-zero entries of x_t. */
  readonly nonZero: number;
  /** N(t). */
  readonly ponderSteps: number;
}

/** The points of the plot, sorted by difficulty (then by step), from a cell scenario and its trace. */
export function ponderStepsByNonZeroCount(scenario: CellActScenario, trace: ActTrace): PonderPoint[] {
  const steps = ponderStepsPerInput(trace);
  return scenario.inputs
    .map((x, step) => ({ step, nonZero: nonZeroCount(x), ponderSteps: steps[step]! }))
    .sort((a, b) => a.nonZero - b.nonZero || a.step - b.step);
}
