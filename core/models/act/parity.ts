/**
 * The parity task of Graves 2016 §3.1, for a lecture: input vectors of `bits` entries, a number of them set
 * to +1 or −1 and the rest 0; the target is 1 when the count of ones is odd (read literally: entries equal
 * to +1). Graves trains a network on it and finds that it ponders longer on harder inputs. We do not
 * train: {@link parityCell} is a hand-set cell whose halting value falls as the number of non-zero entries
 * grows and rises as it keeps pondering, so inputs with more non-zero entries take more ponder steps — the
 * trend the paper reports, made exact (tests check it).
 *
 * The cell's state (D = 2·bits + 1):
 * - u_i = tanh(a·x_i − b) and v_i = tanh(−a·x_i − b) for each entry i: u_i + v_i is e₀ = 2 tanh(−b) when
 *   x_i = 0 and e₁ = tanh(a − b) + tanh(−a − b) when x_i = ±1, so Σ_i (u_i + v_i) counts the non-zero entries;
 * - z, a "pondering" unit: z^n = tanh(z^{n−1} + ½ − 40·flag): exactly −1 on the first ponder step (the flag
 *   saturates it, whatever the previous input step left), then rising towards ≈ 0.88.
 * h^n = σ(b_h − κ Σ_i (u_i + v_i) + 1.5 z^n), with κ and b_h chosen so that the logit is 6.5 − 10.8·k/bits
 * + 1.5 z^n for an input with k non-zero entries: one ponder step for k = 0, about 24 for k = bits.
 * The output y^n (one number) is the cell's count of non-zero entries, (Σ_i (u_i + v_i) − bits·e₀)/(e₁ − e₀).
 */
import { seededRandom } from '../../math/random.ts';
import type { ActCell } from './cell.ts';

const A = 3;
const B = 1.5;
/** u_i + v_i for a zero entry. */
const E0 = 2 * Math.tanh(-B);
/** u_i + v_i for a ±1 entry. */
const E1 = Math.tanh(A - B) + Math.tanh(-A - B);
const LOGIT_EMPTY = 6.5;
const LOGIT_DROP_ALL = 10.8;
const PONDER_WEIGHT = 1.5;

/** The hand-set parity cell for inputs of `bits` entries (module comment). */
export function parityCell(bits: number): ActCell {
  const d = 2 * bits + 1;
  const zero = (n: number): number[] => new Array<number>(n).fill(0);
  const kappa = LOGIT_DROP_ALL / bits / (E1 - E0);
  const recurrentWeights = Array.from({ length: d }, () => zero(d));
  recurrentWeights[2 * bits]![2 * bits] = 1;
  const inputWeights = Array.from({ length: d }, () => zero(bits + 1));
  const bias = zero(d);
  for (let i = 0; i < bits; i++) {
    inputWeights[i]![i] = A;
    inputWeights[bits + i]![i] = -A;
    bias[i] = -B;
    bias[bits + i] = -B;
  }
  inputWeights[2 * bits]![bits] = -40;
  bias[2 * bits] = 0.5;
  const haltingWeights = [...new Array<number>(2 * bits).fill(-kappa), PONDER_WEIGHT];
  const outputWeights = [[...new Array<number>(2 * bits).fill(1 / (E1 - E0)), 0]];
  return {
    stateSize: d,
    inputSize: bits,
    outputSize: 1,
    recurrentWeights,
    inputWeights,
    bias,
    outputWeights,
    outputBias: [(-bits * E0) / (E1 - E0)],
    haltingWeights,
    haltingBias: LOGIT_EMPTY + kappa * bits * E0,
  };
}

/**
 * Parity inputs for a lecture: one vector for each count k = 1 … bits of non-zero entries (Graves 2016 §3.1
 * uses 1 to 64), in increasing k so the trend reads along the time axis; positions and signs from the seed.
 */
export function parityInputs(bits: number, seed: number): number[][] {
  const random = seededRandom(seed);
  return Array.from({ length: bits }, (_, index) => {
    const k = index + 1;
    const positions = Array.from({ length: bits }, (_, i) => i);
    for (let i = bits - 1; i > 0; i--) {
      const j = random.int(0, i);
      [positions[i], positions[j]] = [positions[j]!, positions[i]!];
    }
    const x = new Array<number>(bits).fill(0);
    for (const p of positions.slice(0, k)) x[p] = random.next() < 0.5 ? -1 : 1;
    return x;
  });
}

/** The number of non-zero entries of an input (the task's difficulty). */
export function nonZeroCount(x: readonly number[]): number {
  return x.reduce((n, v) => n + (v !== 0 ? 1 : 0), 0);
}

/** The parity target: 1 when the number of entries equal to +1 is odd, else 0 (Graves 2016 §3.1). */
export function parityTarget(x: readonly number[]): 0 | 1 {
  return (x.reduce((n, v) => n + (v === 1 ? 1 : 0), 0) % 2) as 0 | 1;
}
