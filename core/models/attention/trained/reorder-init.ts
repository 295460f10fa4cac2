/**
 * The reorder model's starting weights: every matrix uniform in ±1/√(fan-in), biases zero, from a seed
 * (core/math/random.ts), so a training run is reproducible.
 */
import { seededRandom } from '#core/math/random.ts';
import { SOURCE_VOCABULARY, TARGET_VOCABULARY } from '../reorder-data.ts';
import type { ReorderWeights } from './reorder-model.ts';

/** Sizes: E (embeddings), H (each encoder direction), Ds (decoder state), A (attention hidden units). */
export interface ReorderSizes {
  readonly embedding: number;
  readonly encoder: number;
  readonly decoder: number;
  readonly attention: number;
}

/** Seeded starting weights of the given sizes. */
export function initialReorderWeights(seed: number, s: ReorderSizes): ReorderWeights {
  const random = seededRandom(seed);
  const m = (rows: number, columns: number, scale = 1 / Math.sqrt(columns)): number[][] =>
    Array.from({ length: rows }, () => Array.from({ length: columns }, () => random.uniform(-scale, scale)));
  const z = (n: number): number[] => new Array<number>(n).fill(0);
  const rec = (): ReorderWeights['forward'] => ({ W: m(s.encoder, s.embedding), U: m(s.encoder, s.encoder), b: z(s.encoder) });
  const keys = 2 * s.encoder;
  return {
    sourceEmbedding: m(SOURCE_VOCABULARY.length, s.embedding, 1),
    targetEmbedding: m(TARGET_VOCABULARY.length, s.embedding, 1),
    forward: rec(),
    backward: rec(),
    init: { W: m(s.decoder, s.encoder), b: z(s.decoder) },
    attention: { W: m(s.attention, s.decoder), U: m(s.attention, keys), b: z(s.attention), v: m(1, s.attention)[0]! },
    decoder: { Ws: m(s.decoder, s.decoder), Wy: m(s.decoder, s.embedding), Wc: m(s.decoder, keys), b: z(s.decoder) },
    output: { W: m(TARGET_VOCABULARY.length, s.decoder + keys), b: z(TARGET_VOCABULARY.length) },
  };
}
