/**
 * One input step of ACT: ponder until the halting rule says stop, then combine (Graves 2016 §2):
 *
 *   s_t = Σ_{n=1}^{N(t)} p^n s^n,   y_t = Σ_{n=1}^{N(t)} p^n y^n.
 *
 * Two sources of ponder steps: a cell ({@link ponderWithCell}), or halting values and states given by hand
 * ({@link ponderGiven}, what the "One step" preset and `atenea compute act` use).
 */
import { weightedSumOfRows } from '../../math/vector.ts';
import { cellStep, type ActCell } from './cell.ts';
import { HaltingAccumulator, decideHalting } from './halting.ts';
import type { HaltingDecision } from './types.ts';

/** Ponder step n as the trace shows it. */
export interface PonderRecord {
  /** [x_t ; flag] for a cell; empty when states are given. */
  readonly input: number[];
  /** s^n. */
  readonly state: number[];
  /** y^n (empty when none). */
  readonly output: number[];
  /** h^n. */
  readonly halting: number;
}

/** Everything one input step computes. */
export interface ActStepResult {
  /** Ponder steps 1 … N(t). */
  readonly ponders: PonderRecord[];
  readonly decision: HaltingDecision;
  /** s_t = Σ p^n s^n. */
  readonly state: number[];
  /** y_t = Σ p^n y^n (empty when there are no outputs). */
  readonly output: number[];
}

/**
 * The weighted combination Σ_n p^n v^n of the first `p.length` rows (Graves 2016 §2); all rows the same
 * length. Returns an empty array for zero-width rows.
 */
export function combineRows(probabilities: readonly number[], rows: readonly (readonly number[])[]): number[] {
  const width = rows[0]?.length ?? 0;
  const n = probabilities.length;
  const flat = new Float64Array(n * width);
  for (let i = 0; i < n; i++) flat.set(rows[i]!, i * width);
  return Array.from(weightedSumOfRows(probabilities, flat, width));
}

function finish(ponders: PonderRecord[], decision: HaltingDecision): ActStepResult {
  return {
    ponders,
    decision,
    state: combineRows(
      decision.probabilities,
      ponders.map((p) => p.state),
    ),
    output: combineRows(
      decision.probabilities,
      ponders.map((p) => p.output),
    ),
  };
}

/**
 * Ponders on input `x` with `cell`, starting from `previousState` (s_{t−1}), until N(t): the first n with
 * Σ h ≥ 1 − ε, or n = maxSteps.
 */
export function ponderWithCell(cell: ActCell, x: readonly number[], previousState: readonly number[], epsilon: number, maxSteps: number): ActStepResult {
  const halting = new HaltingAccumulator(epsilon, maxSteps);
  const ponders: PonderRecord[] = [];
  let state = previousState;
  for (;;) {
    const step = cellStep(cell, state, x, ponders.length === 0);
    ponders.push(step);
    state = step.state;
    if (halting.push(step.halting)) return finish(ponders, halting.result!);
  }
}

/**
 * The same step from given halting values h^1, h^2, … and states s^1, s^2, … (and optionally outputs).
 * Returns undefined when the values run out before a decision; rows past N(t) are ignored. The caller
 * checks there are at least N(t) states (and outputs).
 */
export function ponderGiven(
  halting: readonly number[],
  states: readonly (readonly number[])[],
  outputs: readonly (readonly number[])[] | undefined,
  epsilon: number,
  maxSteps: number,
): ActStepResult | undefined {
  const decision = decideHalting(halting, epsilon, maxSteps);
  if (!decision) return undefined;
  const ponders = Array.from({ length: decision.steps }, (_, i) => ({
    input: [],
    state: [...states[i]!],
    output: outputs ? [...outputs[i]!] : [],
    halting: halting[i]!,
  }));
  return finish(ponders, decision);
}
