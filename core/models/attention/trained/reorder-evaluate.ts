/**
 * `evaluate` for attention-reorder (README, "Trained models"): N phrase pairs drawn from seed S with the task's
 * generator (core/models/attention/reorder-data.ts), translated by the trained model, as one JSON object:
 * `{"model": "attention-reorder", "backend": …, "cases": [{"input", "target", "output", "alignment"}]}`, token
 * lists and the weights α (one row per output word). With a GPU `sequence` runner the alignment is computed by
 * the attention module's WGSL (additive scores, softmax, context); the encoder and decoder states come from the
 * float64 reference either way.
 */
import { seededRandom } from '#core/math/random.ts';
import { runAttentionScenario } from '../attention-scenario.ts';
import { allReorderPairs } from '../reorder-data.ts';
import type { AttentionSequenceInput, AttentionSequenceResult } from '../types.ts';
import { reorderScenario, translatePhrase } from './reorder-scenario.ts';

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
  readonly sequence?: (input: AttentionSequenceInput) => Promise<AttentionSequenceResult>;
}): Promise<ReorderEvaluation> {
  if (!Number.isInteger(options.cases) || options.cases < 1) throw new RangeError(`cases: got ${options.cases}; expected an integer ≥ 1`);
  const pairs = allReorderPairs();
  const random = seededRandom(options.seed);
  const drawn = Array.from({ length: options.cases }, () => pairs[random.int(0, pairs.length - 1)]!);
  const cases: ReorderCase[] = [];
  for (const p of drawn) {
    const phrase = p.source.slice(0, -1).join(' ');
    const { source, translation } = translatePhrase(phrase, options.checkpoint);
    let alignment = translation.steps.map((s) => s.weights);
    if (options.sequence) {
      const trace = await runAttentionScenario(reorderScenario(phrase, options.checkpoint), options.sequence);
      alignment = trace.frames.filter((f) => f.stage === 'weights').map((f) => Array.from(f.data.weights));
    }
    cases.push({ input: source, target: [...p.target], output: translation.words, alignment });
  }
  return { model: 'attention-reorder', backend: options.sequence ? 'webgpu' : 'cpu', cases };
}
