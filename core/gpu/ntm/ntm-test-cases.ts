/**
 * Random NTM step inputs for tests and the benchmark, from a seed (core/math/random.ts): a memory in [−1, 1),
 * a key, a random probability shift of the given width, a random previous weighting, erase in [0, 1), add in [−1, 1).
 */
import { seededRandom } from '../../math/random.ts';
import type { NtmStepInput } from '../../models/ntm/types.ts';

/** Ranges of the random scalars (defaults: β in [0, 30), g in [0, 1), γ in [1, 4)). */
export interface RandomNtmInputOptions {
  readonly rows: number;
  readonly columns: number;
  readonly shiftWidth: number;
  readonly seed: number;
  readonly beta?: number;
  readonly gate?: number;
  readonly gamma?: number;
}

function distribution(length: number, next: () => number): Float64Array {
  const v = new Float64Array(length);
  let sum = 0;
  for (let i = 0; i < length; i++) sum += v[i] = next() + 1e-3;
  for (let i = 0; i < length; i++) v[i]! /= sum;
  return v;
}

/** A reproducible random step input. */
export function randomNtmInput(o: RandomNtmInputOptions): NtmStepInput {
  const rng = seededRandom(o.seed);
  const { rows, columns } = o;
  const data = new Float64Array(rows * columns);
  for (let i = 0; i < data.length; i++) data[i] = rng.uniform(-1, 1);
  const vector = (lo: number, hi: number): Float64Array => Float64Array.from({ length: columns }, () => rng.uniform(lo, hi));
  return {
    memory: { rows, columns, data },
    key: vector(-1, 1),
    beta: o.beta ?? rng.uniform(0, 30),
    gate: o.gate ?? rng.next(),
    shift: distribution(o.shiftWidth, rng.next),
    gamma: o.gamma ?? rng.uniform(1, 4),
    previousWeights: distribution(rows, rng.next),
    erase: vector(0, 1),
    add: vector(-1, 1),
  };
}
