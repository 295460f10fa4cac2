/**
 * The small recurrent cell that ponders (Graves 2016 §2):
 *
 *   s^n = tanh(W_s s^{n−1} + W_x [x_t ; δ_{n,1}] + b)     (s^0 = s_{t−1}, the previous input step's state)
 *   y^n = W_y s^n + b_y
 *   h^n = σ(w_h · s^n + b_h)
 *
 * The input x_t is given at every ponder step with a binary flag appended that is 1 only on the first ponder
 * step, so the cell can tell a new input from another look at the same one. Weights are plain arrays
 * (row-major rows), JSON-ready. {@link seededCell} draws them from a seed; the parity preset hand-sets them
 * (parity.ts).
 */
import { dot } from '../../math/vector.ts';
import { seededRandom } from '../../math/random.ts';

/** The weights of the pondering cell. D = stateSize, I = inputSize, O = outputSize. */
export interface ActCell {
  readonly stateSize: number;
  readonly inputSize: number;
  readonly outputSize: number;
  /** W_s, D rows of D. */
  readonly recurrentWeights: readonly (readonly number[])[];
  /** W_x, D rows of I + 1: the last column multiplies the first-ponder-step flag. */
  readonly inputWeights: readonly (readonly number[])[];
  /** b, length D. */
  readonly bias: readonly number[];
  /** W_y, O rows of D. */
  readonly outputWeights: readonly (readonly number[])[];
  /** b_y, length O. */
  readonly outputBias: readonly number[];
  /** w_h, length D. */
  readonly haltingWeights: readonly number[];
  /** b_h. */
  readonly haltingBias: number;
}

/** What one ponder step of the cell computes. */
export interface CellStep {
  /** [x_t ; δ_{n,1}], the cell's input with the flag. */
  readonly input: number[];
  /** s^n. */
  readonly state: number[];
  /** y^n. */
  readonly output: number[];
  /** h^n. */
  readonly halting: number;
}

/** The logistic sigmoid σ(x) = 1 / (1 + e^{−x}), written so that neither tail overflows. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** One ponder step: `first` is true for n = 1 (the flag). `previousState` is s^{n−1} (s_{t−1} when n = 1). */
export function cellStep(cell: ActCell, previousState: readonly number[], x: readonly number[], first: boolean): CellStep {
  const input = [...x, first ? 1 : 0];
  const state = cell.bias.map((b, i) => Math.tanh(dot(cell.recurrentWeights[i]!, previousState) + dot(cell.inputWeights[i]!, input) + b));
  const output = cell.outputBias.map((b, o) => dot(cell.outputWeights[o]!, state) + b);
  const halting = sigmoid(dot(cell.haltingWeights, state) + cell.haltingBias);
  return { input, state, output, halting };
}

/** Sizes and seed of a {@link seededCell}. */
export interface SeededCellOptions {
  readonly seed: number;
  readonly stateSize: number;
  readonly inputSize: number;
  readonly outputSize: number;
  /** b_h; 1 by default, a bias towards halting early, as an untrained ACT network starts. */
  readonly haltingBias?: number;
}

/**
 * A cell with weights drawn uniformly from ±1/√fan-in by the seeded generator (same seed, same cell, bit for
 * bit). The halting weights are drawn the same way; b_h is `haltingBias`.
 */
export function seededCell(options: SeededCellOptions): ActCell {
  const { stateSize: d, inputSize: i, outputSize: o } = options;
  const random = seededRandom(options.seed);
  const draw = (rows: number, columns: number, fanIn: number): number[][] => {
    const a = 1 / Math.sqrt(fanIn);
    return Array.from({ length: rows }, () => Array.from({ length: columns }, () => random.uniform(-a, a)));
  };
  const recurrentWeights = draw(d, d, d + i + 1);
  const inputWeights = draw(d, i + 1, d + i + 1);
  const bias = draw(1, d, d + i + 1)[0]!;
  const outputWeights = draw(o, d, d);
  const outputBias = draw(1, o, d)[0]!;
  const haltingWeights = draw(1, d, d)[0]!;
  return {
    stateSize: d,
    inputSize: i,
    outputSize: o,
    recurrentWeights,
    inputWeights,
    bias,
    outputWeights,
    outputBias,
    haltingWeights,
    haltingBias: options.haltingBias ?? 1,
  };
}
