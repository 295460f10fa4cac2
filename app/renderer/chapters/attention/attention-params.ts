/**
 * The attention chapter's parameters. The data presets (`translation`, `speech`) show given weights (the Distill
 * data), so nothing there is computed; the `compute` preset (core/models/attention/compute-preset.ts) is
 * computed live, and a lecturer changes: the score function `score` (a choice: `dot`, `general` or `additive`: Luong
 * et al. 2015 eq. (8), Bahdanau et al. 2014 eq. (6)), the embeddings' `seed`, the query noise σ and the width D.
 * Every rule is checked through core/scenario/validate.ts and the core's scenario parser. The trained preset
 * (`reorder-trained`) has its checkpoint and phrase instead (attention-trained-params.ts).
 */
import { ATTENTION_PRESETS, attentionPreset } from '#core/models/attention/presets.ts';
import { computeScenario } from '#core/models/attention/compute-preset.ts';
import { resolveAttentionScenario, type AttentionScenario } from '#core/models/attention/attention-scenario.ts';
import { SCORE_FUNCTIONS, type ScoreFunction } from '#core/models/attention/types.ts';
import type { Messages } from '#app/shared/i18n/i18n.ts';
import type { ParamValue, Parameters } from '../../state/scenario-slice.ts';
import { applierOf } from '../apply-parameter.ts';
import { numberRule, oneOfRule, type ParamRow, type ParamTable, type PresetScope } from '../param-table.ts';
import { REORDER_ROWS, isReorderPreset, reorderPresetParameters, reorderScenarioFor } from './attention-trained-params.ts';

/** The panel's parameters, in order (all of the compute preset). */
export const ATTENTION_PARAM_NAMES = ['score', 'seed', 'noise', 'dimension'] as const;
/** One parameter name. */
export type AttentionParamName = (typeof ATTENTION_PARAM_NAMES)[number];

/** Rules of the numeric parameters (`score` is one of {@link SCORE_FUNCTIONS}). */
export const LIMITS = {
  seed: { integer: true, min: 0, max: 0xffffffff },
  noise: { min: 0, max: 5 },
  dimension: { integer: true, min: 1, max: 64 },
} as const;

/** The score function of the `score` parameter (the first, `dot`, for anything else). */
export function scoreOf(value: ParamValue | undefined): ScoreFunction {
  return (SCORE_FUNCTIONS as readonly unknown[]).includes(value) ? (value as ScoreFunction) : SCORE_FUNCTIONS[0]!;
}

/** The preset's scenario (the first preset for an unknown id). */
export function presetScenario(preset: string): AttentionScenario {
  return (attentionPreset(preset) ?? ATTENTION_PRESETS[0]!).scenario;
}

/** Whether the preset computes its weights from the seeded compute model (else given or trained ones, shown as they are). */
export function isComputePreset(preset: string): boolean {
  return presetScenario(preset).kind === 'interface' && attentionPreset(preset)?.provenance !== 'trained';
}

/** The panel's parameters read from a preset (none for a data preset). */
export function presetParameters(preset: string): Parameters {
  if (isReorderPreset(preset)) return reorderPresetParameters();
  const s = presetScenario(preset);
  if (s.kind !== 'interface' || !isComputePreset(preset)) return {};
  return { score: s.score, seed: s.seed ?? 2015, noise: 0.35, dimension: s.keys[0]!.length };
}

/** The scenario the parameters describe. */
export function scenarioFor(preset: string, p: Parameters): AttentionScenario {
  if (isReorderPreset(preset)) return reorderScenarioFor(p);
  const base = presetScenario(preset);
  if (base.kind !== 'interface' || !isComputePreset(preset)) return base;
  const s = computeScenario({
    score: scoreOf(p.score),
    seed: p.seed as number,
    noise: p.noise as number,
    dimension: p.dimension as number,
  });
  resolveAttentionScenario(s);
  return s;
}

/** Every parameter is the compute preset's: the data presets show given weights. */
const COMPUTE: PresetScope = {
  presets: isComputePreset,
  refusal: (m) => ({ problem: m.attention.problems.computeOnly, allowed: m.attention.problems.computeAllowed }),
};

const label = (name: AttentionParamName) => (m: Messages) => m.attention.params[name];

/** The attention parameter table; the whole scenario is then checked by the core's parser. */
export const ATTENTION_PARAMS: ParamTable = {
  rows: [
    {
      name: 'score',
      kind: 'choice',
      label: label('score'),
      options: SCORE_FUNCTIONS.map((value) => ({ value, label: (m: Messages) => m.attention.scores[value] })),
      appliesTo: COMPUTE,
      rule: oneOfRule(SCORE_FUNCTIONS),
    },
    { name: 'seed', kind: 'integer', label: label('seed'), appliesTo: COMPUTE, rule: numberRule(LIMITS.seed) },
    { name: 'noise', kind: 'number', step: 0.05, label: label('noise'), appliesTo: COMPUTE, rule: numberRule(LIMITS.noise) },
    { name: 'dimension', kind: 'integer', label: label('dimension'), appliesTo: COMPUTE, rule: numberRule(LIMITS.dimension) },
    ...REORDER_ROWS,
  ] satisfies readonly ParamRow[],
  settle(_name, next, { preset }) {
    scenarioFor(preset, next);
    return next;
  },
};

/** Applies one edited attention parameter through the shared apply function (apply-parameter.ts). */
export const applyAttentionParameter = applierOf(ATTENTION_PARAMS);
