/**
 * The copy task of Graves, Wayne & Danihelka 2014 (§4.1), driven by a scripted controller instead of a
 * trained one, so a lecture can show the access pattern the trained network learns:
 *
 * 1. Input phase: the write head starts on slot 0 and writes the sequence one vector per step, moving +1
 *    each step by the location-based shift (g = 0: ignore content; s = one-hot on offset +1). The first
 *    vector carries a start marker in an extra last column (the delimiter channel of the paper's input).
 * 2. Output phase: the read head finds the start by content (key = the marker, large β, g = 1), then moves
 *    +1 each step (g = 0, shift +1) and reads the sequence back in order.
 */
import { seededRandom } from '../../math/random.ts';
import type { NtmScenario, NtmScenarioStep } from './scenario.ts';

/** What the copy scenario is made from. */
export interface CopyTaskOptions {
  /** Number of vectors in the sequence (default 8). */
  readonly length?: number;
  /** Bits per vector (default 8). */
  readonly bits?: number;
  /** Memory slots N (default length + 4; at least `length`). */
  readonly slots?: number;
  /** Seed of the random bits (default 2014). */
  readonly seed?: number;
  /** Key strength of the read head's content lookup (default 100). */
  readonly beta?: number;
}

/** The random sequence a copy scenario writes: `length` vectors of `bits` zeros and ones, from `seed`. */
export function copyTaskSequence(length: number, bits: number, seed: number): number[][] {
  const random = seededRandom(seed);
  return Array.from({ length }, () => Array.from({ length: bits }, () => (random.next() < 0.5 ? 0 : 1)));
}

const NO_SHIFT = [0, 1, 0];
const PLUS_ONE = [0, 0, 1];

/** Builds the copy-task scenario (memory width M = bits + 1: the bits, then the start marker). */
export function copyTaskScenario(options: CopyTaskOptions = {}): NtmScenario {
  const length = options.length ?? 8;
  const bits = options.bits ?? 8;
  const slots = options.slots ?? length + 4;
  const seed = options.seed ?? 2014;
  const beta = options.beta ?? 100;
  if (!Number.isInteger(length) || length < 1 || !Number.isInteger(bits) || bits < 1 || !Number.isInteger(slots) || slots < length) {
    throw new RangeError(`copy task: need integers length ≥ 1, bits ≥ 1, slots ≥ length (got ${length}, ${bits}, ${slots})`);
  }
  const columns = bits + 1;
  const zeros = new Array<number>(columns).fill(0);
  const marker = [...new Array<number>(bits).fill(0), 1];
  const sequence = copyTaskSequence(length, bits, seed);
  const writeSteps: NtmScenarioStep[] = sequence.map((x, t) => ({
    head: 'write',
    role: 'write',
    write: 'erase-add',
    key: zeros,
    beta: 0,
    gate: 0,
    shift: t === 0 ? NO_SHIFT : PLUS_ONE,
    gamma: 1,
    erase: new Array<number>(columns).fill(1),
    add: [...x, t === 0 ? 1 : 0],
    note:
      t === 0
        ? {
            en: 'Write the first vector, with the start marker, at slot 0',
            es: 'Escribe el primer vector, con la marca de inicio, en la celda 0',
          }
        : { en: `Move +1 and write vector ${t + 1}`, es: `Avanza +1 y escribe el vector ${t + 1}` },
  }));
  const readSteps: NtmScenarioStep[] = sequence.map((_, t) => ({
    head: 'read',
    role: 'read',
    write: 'erase-add',
    key: t === 0 ? marker : zeros,
    beta: t === 0 ? beta : 0,
    gate: t === 0 ? 1 : 0,
    shift: t === 0 ? NO_SHIFT : PLUS_ONE,
    gamma: 1,
    erase: zeros,
    add: zeros,
    note:
      t === 0
        ? {
            en: 'Find the start marker by content and read the first vector',
            es: 'Busca la marca de inicio por contenido y lee el primer vector',
          }
        : { en: `Move +1 and read vector ${t + 1}`, es: `Avanza +1 y lee el vector ${t + 1}` },
  }));
  return {
    module: 'ntm',
    name: { en: 'Copy task', es: 'Tarea de copia' },
    seed,
    memory: { rows: slots, columns, fill: 'zeros' },
    heads: [
      { name: 'write', initialWeights: { oneHot: 0 } },
      { name: 'read', initialWeights: 'uniform' },
    ],
    steps: [...writeSteps, ...readSteps],
  };
}
