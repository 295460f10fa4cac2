/**
 * The attention chapter's parameters. The data presets (`translation`, `speech`) show given weights (the Distill
 * data), so nothing there is computed; the `compute` preset (core/models/attention/compute-preset.ts) is
 * computed live, and a lecturer changes: the score function `score` (a choice: `dot`, `general` or `additive`: Luong
 * et al. 2015 eq. (8), Bahdanau et al. 2014 eq. (6)), the embeddings' `seed`, the query noise σ and the width D.
 * Every rule is checked through core/scenario/validate.ts and the core's scenario parser.
 */
import { ValidationError, expectNumber, expectOneOf } from '../../../../core/scenario/validate.ts';
import { ATTENTION_PRESETS, attentionPreset } from '../../../../core/models/attention/presets.ts';
import { computeScenario } from '../../../../core/models/attention/compute-preset.ts';
import { resolveAttentionScenario, type AttentionScenario } from '../../../../core/models/attention/attention-scenario.ts';
import { SCORE_FUNCTIONS, type ScoreFunction } from '../../../../core/models/attention/types.ts';
import { messages, type Language } from '../../../shared/i18n/i18n.ts';
import type { ParamProblem, ParamValue, Parameters } from '../../state/scenario-slice.ts';
import { problemOf } from '../param-problem.ts';

/** The panel's parameters, in order (all of the compute preset). */
export const ATTENTION_PARAM_NAMES = ['score', 'seed', 'noise', 'dimension'] as const;

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

/** Whether a parameter applies to a preset: every one to the compute preset, none to the data presets. */
export function attentionParamApplies(name: string, preset: string): boolean {
  return isComputePreset(preset) && (ATTENTION_PARAM_NAMES as readonly string[]).includes(name);
}

/** The panel's parameters read from a preset (none for a data preset). */
export function presetParameters(preset: string): Parameters {
  const s = presetScenario(preset);
  if (s.kind !== 'interface' || !isComputePreset(preset)) return {};
  return { score: s.score, seed: s.seed ?? 2015, noise: 0.35, dimension: s.keys[0]!.length };
}

/** The scenario the parameters describe. */
export function scenarioFor(preset: string, p: Parameters): AttentionScenario {
  const base = presetScenario(preset);
  if (base.kind !== 'interface' || !isComputePreset(preset)) return base;
  const s = computeScenario({ score: scoreOf(p.score), seed: p.seed as number, noise: p.noise as number, dimension: p.dimension as number });
  resolveAttentionScenario(s);
  return s;
}

/** Applies one edited parameter, or returns the problem to show beside the field. */
export function applyAttentionParameter(
  preset: string,
  name: string,
  value: ParamValue,
  current: Parameters,
  language: Language = 'en',
): { parameters: Parameters } | { problem: ParamProblem } {
  const m = messages(language).attention.problems;
  try {
    if (!(ATTENTION_PARAM_NAMES as readonly string[]).includes(name)) throw new ValidationError(name, 'not a parameter', ATTENTION_PARAM_NAMES.join(', '));
    if (!isComputePreset(preset)) throw new ValidationError(name, m.computeOnly, m.computeAllowed);
    if (name === 'score') expectOneOf(value, name, SCORE_FUNCTIONS);
    else expectNumber(value, name, LIMITS[name as keyof typeof LIMITS]);
    const next = { ...current, [name]: value };
    scenarioFor(preset, next);
    return { parameters: next };
  } catch (error) {
    return { problem: problemOf(error, name) };
  }
}
