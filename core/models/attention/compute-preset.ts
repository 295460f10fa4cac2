/**
 * The "compute it" preset: a small seeded encoder/decoder made of hand-built embeddings, translating a Spanish
 * sentence into English, whose scores are computed live with dot, general or additive attention.
 *
 * - Keys h_j: one seeded Gaussian vector of dimension D per Spanish token (the encoder states).
 * - Queries q_t: the key of the Spanish word that English word t translates, plus seeded noise (a decoder
 *   that "knows" where to look), so every score function has something to find, including the two reorderings
 *   (gato negro → black cat, casa azul → blue house).
 * - general: W = I + small seeded noise (Luong eq. 8 with a nearly neutral bilinear form).
 * - additive: A = 2D hidden units built so that vᵀ tanh(W q + U h + b) measures closeness: unit a < D computes
 *   tanh(β + c (q_a − h_a)) and unit D + a computes tanh(β − c (q_a − h_a)); their sum f(x) = tanh(β + x) +
 *   tanh(β − x) is largest at x = 0 when β > 0, so the score peaks where the key matches the query
 *   (Bahdanau eq. 6 with W = c[I; −I], U = c[−I; I], b = β, v = κ·1).
 */
import { seededRandom } from '../../math/random.ts';
import type { InterfaceScenario } from './attention-scenario.ts';
import type { ScoreFunction } from './types.ts';

/** The Spanish source sentence of the compute preset (with its end token). */
export const COMPUTE_SOURCE = ['el', 'gato', 'negro', 'duerme', 'en', 'la', 'casa', 'azul', '<end>'] as const;
/** The English target sentence. */
export const COMPUTE_TARGET = ['the', 'black', 'cat', 'sleeps', 'in', 'the', 'blue', 'house', '<end>'] as const;
/** For each English token, the index of the Spanish token it translates. */
export const COMPUTE_ALIGNMENT = [0, 2, 1, 3, 4, 5, 7, 6, 8] as const;

/** Options of {@link computeScenario}. */
export interface ComputeScenarioOptions {
  readonly score?: ScoreFunction;
  readonly seed?: number;
  /** D, the embedding width (default 8). */
  readonly dimension?: number;
  /** Standard deviation of the noise added to the queries (default 0.35). */
  readonly noise?: number;
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/** Builds the compute preset's scenario (plain JSON, so it can be saved, edited and rerun). */
export function computeScenario(options: ComputeScenarioOptions = {}): InterfaceScenario {
  const seed = options.seed ?? 2015;
  const D = options.dimension ?? 8;
  const noise = options.noise ?? 0.35;
  const random = seededRandom(seed);
  const keys = COMPUTE_SOURCE.map(() => Array.from({ length: D }, () => round(random.normal())));
  const queries = COMPUTE_ALIGNMENT.map((j) => keys[j]!.map((h) => round(h + noise * random.normal())));
  const W = Array.from({ length: D }, (_, i) => Array.from({ length: D }, (_, k) => round((i === k ? 1 : 0) + (0.3 / Math.sqrt(D)) * random.normal())));
  const c = 1.2;
  const beta = 1;
  const kappa = 0.6;
  const unit = (a: number, sign: number): number[] => Array.from({ length: D }, (_, i) => (i === a ? sign * c : 0));
  const additive = {
    W: [...Array.from({ length: D }, (_, a) => unit(a, 1)), ...Array.from({ length: D }, (_, a) => unit(a, -1))],
    U: [...Array.from({ length: D }, (_, a) => unit(a, -1)), ...Array.from({ length: D }, (_, a) => unit(a, 1))],
    v: new Array<number>(2 * D).fill(kappa),
    b: new Array<number>(2 * D).fill(beta),
    bv: 0,
  };
  return {
    module: 'attention',
    name: { en: 'Compute it: el gato negro…', es: 'Calcúlalo: el gato negro…' },
    kind: 'interface',
    score: options.score ?? 'dot',
    inputTokens: [...COMPUTE_SOURCE],
    outputTokens: [...COMPUTE_TARGET],
    keys,
    queries,
    parameters: { general: { W }, additive },
    seed,
  };
}
