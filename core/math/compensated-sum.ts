/**
 * Compensated (Neumaier) summation: a running float64 sum whose error stays a few units in the last place
 * however many terms are added, where a plain running sum drifts by about n·2⁻⁵³. Used where a decision
 * depends on a long sum crossing a line (ACT's halting threshold, Graves 2016 §2).
 */

/** A running sum with its compensation term; `value` is the best float64 estimate of the exact sum. */
export class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  /** Adds one term (Neumaier's variant of Kahan summation, correct also when a term is larger than the sum). */
  add(x: number): this {
    const t = this.sum + x;
    if (Math.abs(this.sum) >= Math.abs(x)) this.compensation += this.sum - t + x;
    else this.compensation += x - t + this.sum;
    this.sum = t;
    return this;
  }

  /** The sum so far. */
  get value(): number {
    return this.sum + this.compensation;
  }
}

/** The compensated sum of a list of numbers. */
export function compensatedSum(values: Iterable<number>): number {
  const s = new CompensatedSum();
  for (const v of values) s.add(v);
  return s.value;
}
