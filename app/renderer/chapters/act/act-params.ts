/**
 * The ACT parameters a lecturer changes live, and how they map onto a scenario (core/models/act/scenario.ts):
 * - the hand-set presets (One step, Halting at the first step, Hitting maxSteps): the halting values h¹ h² …
 *   of the input step (states and outputs for extra ponder steps repeat the preset's, in order);
 * - every preset: ε (the step halts once Σh ≥ 1 − ε) and maxSteps (the cap on ponder steps);
 * - the presets with a cell: the seed (Parity: the seed of the inputs' positions and signs; Seeded cell: the
 *   cell's weights).
 * Every check goes through core/scenario/validate.ts and the core's own scenario parser, so a refused value gets
 * the same message as in a scenario file.
 */
import { ValidationError, expectNumber, expectVector } from '../../../../core/scenario/validate.ts';
import { parseActScenario, type ActScenario, type GivenStep } from '../../../../core/models/act/scenario.ts';
import { actPresets, findActPreset } from '../../../../core/models/act/presets.ts';
import { parityInputs } from '../../../../core/models/act/parity.ts';
import { messages, type Language } from '../../../shared/i18n/i18n.ts';
import type { ParamProblem, ParamValue, Parameters } from '../../state/scenario-slice.ts';
import { problemOf } from '../param-problem.ts';

/** Names of the parameters, in panel order. */
export const ACT_PARAM_NAMES = ['halting', 'epsilon', 'maxSteps', 'seed'] as const;
/** One parameter name. */
export type ActParamName = (typeof ACT_PARAM_NAMES)[number];

/** The seed core/models/act/presets.ts draws the parity inputs with (`parityInputs(8, 2016)`). */
export const PARITY_SEED = 2016;

/** Limits the view can draw legibly (the model itself allows more): one stack row and one frame per ponder step. */
export const LIMITS = {
  /** At most this many hand-set halting values. */
  haltingLength: 32,
  maxSteps: { min: 1, max: 100, integer: true },
  seed: { min: 0, max: 0xffffffff, integer: true },
} as const;

/** The preset's scenario (the first preset for an unknown id). */
export function presetScenario(preset: string): ActScenario {
  return (findActPreset(preset) ?? actPresets[0]!).scenario;
}

/** Whether a preset gives its halting values by hand (else a cell ponders). */
export function isGivenPreset(preset: string): boolean {
  return presetScenario(preset).source === 'given';
}

/** Whether a parameter applies to a preset: halting values to the hand-set ones, the seed to those with a cell. */
export function actParamApplies(name: string, preset: string): boolean {
  if (name === 'halting') return isGivenPreset(preset);
  if (name === 'seed') return !isGivenPreset(preset);
  return (ACT_PARAM_NAMES as readonly string[]).includes(name);
}

/** The panel's parameters read from a preset. */
export function presetParameters(preset: string): Parameters {
  const s = presetScenario(preset);
  const common = { epsilon: s.epsilon, maxSteps: s.maxSteps };
  if (s.source === 'given') return { halting: [...s.steps[0]!.halting], ...common };
  return { ...common, seed: s.cell.kind === 'seeded' ? s.cell.seed : PARITY_SEED };
}

/** `rows` repeated in order to `length` rows (the preset's states and outputs for extra ponder steps). */
function cycle(rows: readonly (readonly number[])[], length: number): number[][] {
  return Array.from({ length }, (_, i) => [...rows[i % rows.length]!]);
}

/** The scenario the parameters describe, starting from a preset (not yet validated). */
export function scenarioFor(preset: string, p: Parameters): ActScenario {
  const base = presetScenario(preset);
  const epsilon = p.epsilon as number;
  const maxSteps = p.maxSteps as number;
  if (base.source === 'given') {
    const halting = [...((p.halting as readonly number[] | undefined) ?? base.steps[0]!.halting)];
    const first = base.steps[0]!;
    const step: GivenStep = {
      halting,
      states: cycle(first.states, Math.max(halting.length, 1)),
      ...(first.outputs ? { outputs: cycle(first.outputs, Math.max(halting.length, 1)) } : {}),
    };
    return { ...base, epsilon, maxSteps, steps: [step, ...base.steps.slice(1)] };
  }
  const seed = p.seed as number;
  if (base.cell.kind !== 'seeded') return { ...base, epsilon, maxSteps, inputs: parityInputs(base.cell.bits, seed) };
  return { ...base, epsilon, maxSteps, cell: { ...base.cell, seed } };
}

/**
 * Applies one edited parameter: checks it (its own rule, then the whole scenario through the core's parser,
 * which also refuses halting values that never reach 1 − ε before maxSteps) and returns the new parameters or
 * the problem to show beside the field. `language` words the "not for this preset" problems.
 */
export function applyActParameter(
  preset: string,
  name: string,
  value: ParamValue,
  current: Parameters,
  language: Language = 'en',
): { parameters: Parameters } | { problem: ParamProblem } {
  const m = messages(language).act.problems;
  const given = isGivenPreset(preset);
  try {
    if (!(ACT_PARAM_NAMES as readonly string[]).includes(name)) throw new ValidationError(name, 'not a parameter', ACT_PARAM_NAMES.join(', '));
    if (name === 'halting' && !given) throw new ValidationError(name, m.givenOnly, m.givenAllowed);
    if (name === 'seed' && given) throw new ValidationError(name, m.cellOnly, m.cellAllowed);
    if (name === 'halting') {
      expectVector(value, 'halting', { minLength: 1, min: 0, max: 1 });
      const length = (value as readonly number[]).length;
      if (length > LIMITS.haltingLength) throw new ValidationError('halting', `got length ${length}`, `an array of at most ${LIMITS.haltingLength} numbers in [0, 1]`);
    }
    if (name === 'epsilon') expectNumber(value, 'epsilon', { min: 0, max: 1, maxExclusive: true });
    if (name === 'maxSteps') expectNumber(value, 'maxSteps', LIMITS.maxSteps);
    if (name === 'seed') expectNumber(value, 'seed', LIMITS.seed);
    const next: Record<string, ParamValue> = { ...current, [name]: Array.isArray(value) ? [...(value as number[])] : value };
    parseActScenario(scenarioFor(preset, next));
    return { parameters: next };
  } catch (error) {
    return { problem: problemOf(error, name) };
  }
}
