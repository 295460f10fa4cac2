/**
 * The trained reorder model as an attention scenario: a Spanish phrase (words of the task's vocabulary) is
 * translated by the float64 reference (reorder-model.ts, greedy), and its attention stage is written as an
 * `interface` scenario with the additive score (Bahdanau et al. 2014 eq. 6): the keys are the encoder states
 * h_j, the queries the decoder states s_{i−1}, the parameters the learned W_a, U_a, b_a, v. The attention
 * module's trace (attention-scenario.ts) then shows the learned alignment with the existing frames, and its
 * WebGPU engine computes the same scores (core/gpu/attention).
 *
 * Scenario file syntax (expanded by {@link expandTrainedAttentionScenario}):
 * `{"module": "attention", "kind": "trained", "model": "attention-reorder", "input": "la mesa azul", "checkpoint"?: 0…5, "name"?: text}`
 */
import { expectLocalizedText, expectString, type LocalizedText } from '#core/scenario/scenario-file.ts';
import { expectNumber, expectObject, expectOneOf } from '#core/scenario/validate.ts';
import type { InterfaceScenario } from '../scenario-types.ts';
import { SOURCE_VOCABULARY, sourceIds } from '../reorder-data.ts';
import { translate, type Translation } from './reorder-model.ts';
import reorderJson from './attention-reorder.json' with { type: 'json' };
import { parseReorderFile, type ReorderFile } from './reorder-file.ts';

let parsed: ReorderFile | undefined;

/** The shipped reorder model (validated on first use). */
export function reorderFile(): ReorderFile {
  parsed ??= parseReorderFile(reorderJson);
  return parsed;
}

/** The weights of checkpoint `checkpoint` (0 = before training), or the final ones. */
export function reorderWeights(checkpoint?: number): ReorderFile['weights'] {
  const file = reorderFile();
  if (checkpoint === undefined) return file.weights;
  const c = file.checkpoints[checkpoint];
  if (!c) throw new RangeError(`checkpoint: got ${checkpoint}; expected an integer in 0 … ${file.checkpoints.length - 1}`);
  return c.weights;
}

/** Translates a phrase with the trained model: its words, alignment and decoder steps. */
export function translatePhrase(phrase: string, checkpoint?: number): { source: string[]; translation: Translation } {
  const ids = sourceIds(phrase);
  return { source: ids.map((i) => SOURCE_VOCABULARY[i]!), translation: translate(reorderWeights(checkpoint), ids) };
}

/** The attention scenario of a phrase (module comment). Unknown words are refused naming the word. */
export function reorderScenario(phrase: string, checkpoint?: number, name?: LocalizedText): InterfaceScenario {
  const { source, translation } = translatePhrase(phrase, checkpoint);
  const a = reorderWeights(checkpoint).attention;
  return {
    module: 'attention',
    name: name ?? {
      en: `Trained reordering: ${source.slice(0, -1).join(' ')}`,
      es: `Reordenación entrenada: ${source.slice(0, -1).join(' ')}`,
    },
    kind: 'interface',
    score: 'additive',
    inputTokens: source,
    outputTokens: translation.words,
    keys: translation.keys,
    queries: translation.steps.map((s) => s.query),
    parameters: { additive: { W: a.W.map((r) => [...r]), U: a.U.map((r) => [...r]), v: [...a.v], b: [...a.b], bv: 0 } },
  };
}

/** Expands a `"kind": "trained"` attention scenario (module comment) into its interface scenario; errors name the field. */
export function expandTrainedAttentionScenario(value: unknown): InterfaceScenario {
  const o = expectObject(value, '');
  expectOneOf(o.model, 'model', ['attention-reorder'] as const);
  const input = expectString(o.input, 'input');
  const last = reorderFile().checkpoints.length - 1;
  const checkpoint = o.checkpoint === undefined ? undefined : expectNumber(o.checkpoint, 'checkpoint', { integer: true, min: 0, max: last });
  const name = o.name === undefined ? undefined : expectLocalizedText(o.name, 'name');
  return reorderScenario(input, checkpoint, name);
}
