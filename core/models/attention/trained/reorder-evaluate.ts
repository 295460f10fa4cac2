/**
 * `evaluate` for attention-reorder (README, "Trained models"): N phrase pairs drawn from seed S with the task's
 * generator (core/models/attention/reorder-data.ts), translated by the trained model, as one JSON object:
 * `{"model": "attention-reorder", "backend": …, "cases": [{"input", "target", "output", "alignment"}]}`, token
 * lists and the weights α (one row per output word). With a GPU `translator` (core/gpu/attention/reorder-gpu.ts)
 * every number is computed in WGSL: the encoder and decoder cells, the attention and the output layer.
 */
import { seededRandom } from '#core/math/random.ts';
import { allReorderPairs, SOURCE_VOCABULARY, sourceIds } from '../reorder-data.ts';
import type { ReorderWeights, Translation } from './reorder-model.ts';
import { reorderWeights, translatePhrase } from './reorder-scenario.ts';

/** Builds a translator for a set of weights (the GPU's, core/gpu/attention/reorder-gpu.ts); `destroy` frees it. */
export type ReorderTranslator = (weights: ReorderWeights) => Promise<{ translate(ids: readonly number[]): Promise<Translation>; destroy(): void }>;

/** One evaluated phrase. */
export interface ReorderCase {
  readonly input: string[];
  readonly target: string[];
  readonly output: string[];
  readonly alignment: number[][];
}

/** What `evaluate attention-reorder` writes. */
export interface ReorderEvaluation {
  readonly model: 'attention-reorder';
  readonly backend: 'cpu' | 'webgpu';
  readonly cases: ReorderCase[];
}

/** Runs the evaluation (module comment). */
export async function evaluateAttentionReorder(options: {
  readonly cases: number;
  readonly seed: number;
  readonly checkpoint?: number;
  readonly translator?: ReorderTranslator;
}): Promise<ReorderEvaluation> {
  if (!Number.isInteger(options.cases) || options.cases < 1) throw new RangeError(`cases: got ${options.cases}; expected an integer ≥ 1`);
  const pairs = allReorderPairs();
  const random = seededRandom(options.seed);
  const drawn = Array.from({ length: options.cases }, () => pairs[random.int(0, pairs.length - 1)]!);
  const cases: ReorderCase[] = [];
  const gpu = await options.translator?.(reorderWeights(options.checkpoint));
  try {
    for (const p of drawn) {
      const phrase = p.source.slice(0, -1).join(' ');
      const ids = sourceIds(phrase);
      const translation = gpu ? await gpu.translate(ids) : translatePhrase(phrase, options.checkpoint).translation;
      const alignment = translation.steps.map((s) => s.weights);
      cases.push({ input: ids.map((i) => SOURCE_VOCABULARY[i]!), target: [...p.target], output: translation.words, alignment });
    }
  } finally {
    gpu?.destroy();
  }
  return { model: 'attention-reorder', backend: gpu ? 'webgpu' : 'cpu', cases };
}
