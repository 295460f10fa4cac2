/**
 * The parity task's data generator (Graves 2016 §3.1): each example is ONE input step, a vector of `bits`
 * entries of which a random number k ∈ [1, bits] (uniform) are set to +1 or −1 (each sign with probability ½)
 * at random positions and the rest are 0; the target is the parity of the number of entries equal to +1
 * ({@link parityTarget}). Seeded and deterministic (core/math/random.ts), so training (train/act-parity), the
 * tests and `evaluate` draw the same examples from the same seed.
 */
import { seededRandom, type Random } from '../../math/random.ts';
import { parityTarget } from './parity.ts';

/** One example: the input vector and its 0/1 target. */
export interface ParityExample {
  readonly input: number[];
  readonly target: 0 | 1;
}

/** Draws one input of `bits` entries from `random` (module comment). */
export function drawParityInput(random: Random, bits: number): number[] {
  const k = random.int(1, bits);
  const positions = Array.from({ length: bits }, (_, i) => i);
  for (let i = bits - 1; i > 0; i--) {
    const j = random.int(0, i);
    [positions[i], positions[j]] = [positions[j]!, positions[i]!];
  }
  const x = new Array<number>(bits).fill(0);
  for (const p of positions.slice(0, k)) x[p] = random.next() < 0.5 ? -1 : 1;
  return x;
}

/** A stream of examples from a seed: call it for the next `count` (training draws batch after batch). */
export function parityStream(seed: number, bits: number): (count: number) => ParityExample[] {
  const random = seededRandom(seed);
  return (count) =>
    Array.from({ length: count }, () => {
      const input = drawParityInput(random, bits);
      return { input, target: parityTarget(input) };
    });
}

/** `count` examples from `seed` (the first `count` of {@link parityStream}). */
export function parityExamples(seed: number, bits: number, count: number): ParityExample[] {
  return parityStream(seed, bits)(count);
}
