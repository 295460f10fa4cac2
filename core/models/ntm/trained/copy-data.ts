/**
 * The copy task's data (Graves, Wayne & Danihelka 2014, §4.1): a sequence of random bit vectors, then a
 * delimiter, then blank steps during which the network must output the sequence again. Seeded and
 * deterministic, so training (train/ntm-copy), the tests and `evaluate` draw the same inputs from the same seed.
 */
import { seededRandom, type Random } from '#core/math/random.ts';

/** One copy example: the network's input rows and the bits it must output in the answer phase. */
export interface CopyExample {
  /** The L bit vectors to copy (L rows of `bits` zeros and ones). */
  readonly sequence: number[][];
  /**
   * 2L + 1 rows of bits + 1 channels: rows 0..L−1 are the vectors with the delimiter channel 0, row L is all
   * zeros with the delimiter channel 1, rows L+1..2L are all zeros (the answer phase).
   */
  readonly input: number[][];
  /** The target in the answer phase (rows L+1..2L of the run): the sequence itself. */
  readonly target: number[][];
}

/** Builds the input rows of the copy task for a given sequence (see {@link CopyExample.input}). */
export function copyInput(sequence: readonly (readonly number[])[]): number[][] {
  const length = sequence.length;
  if (length < 1) throw new RangeError('copy input: the sequence needs at least one vector');
  const bits = sequence[0]!.length;
  const rows: number[][] = sequence.map((x) => [...x, 0]);
  rows.push([...new Array<number>(bits).fill(0), 1]);
  for (let t = 0; t < length; t++) rows.push(new Array<number>(bits + 1).fill(0));
  return rows;
}

/** Draws one example of `length` vectors of `bits` random bits from `random`. */
export function copyExample(random: Random, length: number, bits: number): CopyExample {
  const sequence = Array.from({ length }, () => Array.from({ length: bits }, () => (random.next() < 0.5 ? 0 : 1)));
  return { sequence, input: copyInput(sequence), target: sequence.map((x) => [...x]) };
}

/**
 * `count` examples from `seed`; each length is `length` when given, else uniform in [1, maxLength]
 * (the length is drawn before the bits, from the same generator).
 */
export function copyExamples(options: { seed: number; count: number; bits: number; length?: number; maxLength?: number }): CopyExample[] {
  const random = seededRandom(options.seed);
  return Array.from({ length: options.count }, () => {
    const length = options.length ?? random.int(1, options.maxLength ?? 1);
    return copyExample(random, length, options.bits);
  });
}

/** The memory slots a run of `length` vectors uses: 16, or length + 4 for longer sequences (so nothing wraps). */
export function copyMemorySlots(length: number): number {
  return Math.max(16, length + 4);
}
