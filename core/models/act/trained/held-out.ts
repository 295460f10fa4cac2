/**
 * The held-out figures of a parity cell (Graves 2016 §3.1 and its ponder-time figure), computed by the float64
 * reference: each example is one input step from s_0 = 0; the prediction is σ(y) > ½; N(t) is the ponder
 * count. Reported overall and per number of non-zero entries (the task's difficulty).
 */
import { sigmoid, type ActCell } from '../cell.ts';
import { nonZeroCount } from '../parity.ts';
import type { ParityExample } from '../parity-data.ts';
import { ponderWithCell } from '../ponder.ts';

/** One parity case through the reference: what `evaluate` reports per case. */
export interface ParityCaseResult {
  readonly input: number[];
  readonly target: 0 | 1;
  /** σ(y_t), the probability that the parity is odd. */
  readonly output: number;
  /** N(t). */
  readonly ponderSteps: number;
}

/** The figures for the inputs with one number of non-zero entries. */
export interface ParityDifficultyRow {
  readonly nonZero: number;
  readonly cases: number;
  readonly accuracy: number;
  readonly meanPonderSteps: number;
}

/** The held-out figures: overall accuracy and mean ponder steps, and per difficulty. */
export interface ParityHeldOut {
  readonly cases: number;
  readonly accuracy: number;
  readonly meanPonderSteps: number;
  readonly byNonZero: ParityDifficultyRow[];
}

/** Runs one example through the cell from a zero state. */
export function runParityCase(cell: ActCell, example: ParityExample, epsilon: number, maxSteps: number): ParityCaseResult {
  const result = ponderWithCell(cell, example.input, new Array<number>(cell.stateSize).fill(0), epsilon, maxSteps);
  return { input: [...example.input], target: example.target, output: sigmoid(result.output[0]!), ponderSteps: result.decision.steps };
}

const round = (x: number): number => Number(x.toPrecision(6));

/** The held-out figures of `results` (rounded to 6 significant digits). */
export function summariseParity(results: readonly ParityCaseResult[]): ParityHeldOut {
  const correct = (r: ParityCaseResult): number => ((r.output > 0.5 ? 1 : 0) === r.target ? 1 : 0);
  const mean = (rs: readonly ParityCaseResult[], f: (r: ParityCaseResult) => number): number => round(rs.reduce((a, r) => a + f(r), 0) / rs.length);
  const groups = new Map<number, ParityCaseResult[]>();
  for (const r of results) {
    const k = nonZeroCount(r.input);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const byNonZero = [...groups.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([nonZero, rs]) => ({ nonZero, cases: rs.length, accuracy: mean(rs, correct), meanPonderSteps: mean(rs, (r) => r.ponderSteps) }));
  return { cases: results.length, accuracy: mean(results, correct), meanPonderSteps: mean(results, (r) => r.ponderSteps), byNonZero };
}
