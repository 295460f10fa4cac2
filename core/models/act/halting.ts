/**
 * ACT's halting rule (Graves 2016 §2 and §2.1):
 *
 *   N(t) = min{ M, min{ n′ : Σ_{n=1}^{n′} h^n ≥ 1 − ε } }
 *   R(t) = 1 − Σ_{n=1}^{N(t)−1} h^n
 *   p^n = h^n for n < N(t),  p^{N(t)} = R(t)
 *   ρ_t = N(t) + R(t)
 *
 * **The boundary.** A sum that reaches 1 − ε exactly halts (≥, as in the paper). Halting values are usually
 * decimals typed by a person (0.3, 0.69) that float64 cannot hold exactly, and a plain running sum drifts by
 * about n·2⁻⁵³, so `0.3 + 0.69 ≥ 1 − 0.01` would be a coin toss. We therefore (1) accumulate Σh with
 * compensated (Neumaier) summation, whose error stays a few ulps however many terms there are, and (2) treat
 * a sum within {@link HALTING_TOLERANCE} (10⁻¹²) below 1 − ε as reaching it. The tolerance is thousands of
 * times the rounding error of any sum of values in [0, 1] near 1, and far below anything a lecture shows.
 */
import { CompensatedSum } from '../../math/compensated-sum.ts';
import type { HaltingDecision } from './types.ts';

/** How far below 1 − ε a compensated sum may fall and still count as reaching it (see the module comment). */
export const HALTING_TOLERANCE = 1e-12;

/** The running halting rule of one input step: feed it h^1, h^2, … until it says the step halts. */
export class HaltingAccumulator {
  private readonly sum = new CompensatedSum();
  private readonly halting: number[] = [];
  private readonly cumulative: number[] = [];
  private decision: HaltingDecision | undefined;

  /**
   * @param epsilon ε in [0, 1).
   * @param maxSteps M ≥ 1, an integer.
   */
  constructor(
    readonly epsilon: number,
    readonly maxSteps: number,
  ) {}

  /** 1 − ε. */
  get threshold(): number {
    return 1 - this.epsilon;
  }

  /** The decision once made, else undefined. */
  get result(): HaltingDecision | undefined {
    return this.decision;
  }

  /** Σ h so far (compensated). */
  get total(): number {
    return this.sum.value;
  }

  /**
   * Adds h^n for the next ponder step n and returns true when the step halts at n (the threshold is reached
   * or n = maxSteps). Throws if called after the decision.
   */
  push(h: number): boolean {
    if (this.decision) throw new Error('HaltingAccumulator: the step has already halted');
    const before = this.sum.value; // Σ_{m<n} h^m
    this.sum.add(h);
    this.halting.push(h);
    this.cumulative.push(this.sum.value);
    const n = this.halting.length;
    const reached = this.sum.value >= this.threshold - HALTING_TOLERANCE;
    if (!reached && n < this.maxSteps) return false;
    const remainder = 1 - before;
    const probabilities = this.halting.slice(0, n - 1);
    probabilities.push(remainder);
    this.decision = {
      steps: n,
      probabilities,
      remainder,
      ponderCost: n + remainder,
      cumulative: [...this.cumulative],
      capped: !reached,
    };
    return true;
  }
}

/**
 * Applies the halting rule to given halting values h^1, h^2, … Returns undefined when the values run out
 * before the threshold or maxSteps is reached (too few values to decide); values past N(t) are ignored.
 */
export function decideHalting(halting: ArrayLike<number>, epsilon: number, maxSteps: number): HaltingDecision | undefined {
  const acc = new HaltingAccumulator(epsilon, maxSteps);
  for (let n = 0; n < halting.length; n++) {
    if (acc.push(halting[n]!)) return acc.result;
  }
  return undefined;
}
