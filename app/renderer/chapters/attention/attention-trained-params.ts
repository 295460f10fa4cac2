/**
 * The parameters of the trained reordering preset (`reorder-trained`, README "Trained models"): the training
 * checkpoint (0 = before training … the final weights) and the Spanish phrase to translate, typed with words of
 * the task's vocabulary. The scenario is the core's (core/models/attention/trained/reorder-scenario.ts): the
 * trained model translates the phrase and its additive attention is shown with the learned alignment.
 */
import { attentionPreset } from '#core/models/attention/presets.ts';
import type { AttentionScenario } from '#core/models/attention/attention-scenario.ts';
import { SOURCE_VOCABULARY } from '#core/models/attention/reorder-data.ts';
import { reorderFile, reorderScenario } from '#core/models/attention/trained/reorder-scenario.ts';
import { ValidationError } from '#core/scenario/validate.ts';
import { format, type Messages } from '#app/shared/i18n/i18n.ts';
import type { ParamValue, Parameters } from '../../state/scenario-slice.ts';
import { numberRule, type ParamRow, type PresetScope } from '../param-table.ts';

/** The id of the trained preset. */
export const REORDER_PRESET = 'reorder-trained';
/** The longest phrase the view shows legibly (words, without the end token). */
export const MAX_PHRASE_WORDS = 12;
const END = '<end>';

/** Whether a preset is the trained reordering model. */
export function isReorderPreset(preset: string): boolean {
  return preset === REORDER_PRESET;
}

/** The trained preset's parameters only. */
export const TRAINED_ONLY: PresetScope = {
  presets: isReorderPreset,
  refusal: (m) => ({ problem: m.attention.problems.trainedOnly, allowed: m.attention.problems.trainedAllowed }),
};

/** The saved checkpoints' training steps (index = the `training` parameter). */
export function trainingSteps(): number[] {
  return reorderFile().checkpoints.map((c) => c.step);
}

/** Checks a typed phrase: 1 to {@link MAX_PHRASE_WORDS} words of the vocabulary; returns it normalised (lower case, single spaces). */
export function checkPhrase(value: ParamValue, name: string, m: Messages): string {
  const words = SOURCE_VOCABULARY.filter((w) => w !== END);
  const allowed = format(m.attention.phrase.allowed, { max: MAX_PHRASE_WORDS, words: words.join(', ') });
  if (typeof value !== 'string') throw new ValidationError(name, m.attention.phrase.notText, allowed);
  const typed = value
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '' && w !== END);
  if (typed.length < 1 || typed.length > MAX_PHRASE_WORDS) throw new ValidationError(name, format(m.attention.phrase.wordCount, { n: typed.length }), allowed);
  typed.forEach((w, i) => {
    if (!words.includes(w)) throw new ValidationError(name, format(m.attention.phrase.unknownWord, { n: i + 1, word: w.slice(0, 30) }), allowed);
  });
  return typed.join(' ');
}

/** The trained preset's parameters as it starts: the final checkpoint and the preset's phrase. */
export function reorderPresetParameters(): Parameters {
  const tokens = attentionPreset(REORDER_PRESET)?.scenario;
  const phrase = tokens?.kind === 'interface' ? tokens.inputTokens.filter((t) => t !== END).join(' ') : '';
  return { training: trainingSteps().length - 1, phrase };
}

/** The scenario of the parameters: the trained model at that checkpoint translating that phrase. */
export function reorderScenarioFor(p: Parameters): AttentionScenario {
  const preset = attentionPreset(REORDER_PRESET);
  return reorderScenario(String(p.phrase ?? ''), typeof p.training === 'number' ? p.training : undefined, preset?.name);
}

/** The panel rows of the trained preset. */
export const REORDER_ROWS: readonly ParamRow[] = [
  {
    name: 'training',
    kind: 'integer',
    step: 1,
    label: (m) => m.attention.params.training,
    appliesTo: TRAINED_ONLY,
    rule: (v, n, c) => numberRule({ integer: true, min: 0, max: trainingSteps().length - 1 })(v, n, c),
  },
  {
    name: 'phrase',
    kind: 'text',
    label: (m) => m.attention.params.phrase,
    appliesTo: TRAINED_ONLY,
    rule: (v, n, c) => checkPhrase(v, n, c.messages),
  },
];
