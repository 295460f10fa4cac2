/**
 * The ACT parameters a lecturer changes live, and how they map onto a scenario (core/models/act/scenario.ts):
 * - the hand-set presets (One step, Halting at the first step, Hitting maxSteps): the halting values h¹ h² …
 *   of the input step (states and outputs for extra ponder steps repeat the preset's, in order);
 * - every preset: ε (the step halts once Σh ≥ 1 − ε) and maxSteps (the cap on ponder steps);
 * - the presets with a cell: the seed (Parity: the seed of the inputs' positions and signs; Seeded cell: the
 *   cell's weights);
 * - the trained parity preset: the training checkpoint and the parity inputs, typed (act-parity-input.ts).
 * Every check goes through core/scenario/validate.ts and the core's own scenario parser, so a refused value gets
 * the same message as in a scenario file.
 */
import { ValidationError, expectVector } from '#core/scenario/validate.ts';
import { parseActScenario, type ActScenario, type GivenStep } from '#core/models/act/scenario.ts';
import { actPresets, findActPreset } from '#core/models/act/presets.ts';
import { parityInputs } from '#core/models/act/parity.ts';
import { formatParityVectors, parseParityVectors } from './act-parity-input.ts';
import { trainedActFile } from '#core/models/act/trained/registry.ts';
import type { Messages } from '#app/shared/i18n/i18n.ts';
import type { Parameters } from '../../state/scenario-slice.ts';
import { applierOf } from '../apply-parameter.ts';
import { numberRule, type ParamRow, type ParamTable, type PresetScope } from '../param-table.ts';

/** Names of the parameters, in panel order. */
export const ACT_PARAM_NAMES = ['halting', 'epsilon', 'maxSteps', 'seed', 'training', 'inputs'] as const;
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

/** Whether a preset runs a trained cell (its checkpoints are the `training` parameter). */
export function isTrainedPreset(preset: string): boolean {
  const s = presetScenario(preset);
  return s.source === 'cell' && s.cell.kind === 'trained';
}

/** The saved checkpoints' training steps of the trained parity cell (index = the `training` parameter). */
export function trainingSteps(): number[] {
  return trainedActFile('act-parity').checkpoints.map((c) => c.step);
}

/** The panel's parameters read from a preset. */
export function presetParameters(preset: string): Parameters {
  const s = presetScenario(preset);
  const common = { epsilon: s.epsilon, maxSteps: s.maxSteps };
  if (s.source === 'given') return { halting: [...s.steps[0]!.halting], ...common };
  const training: Parameters =
    s.cell.kind === 'trained' ? { training: s.cell.checkpoint ?? trainingSteps().length - 1, inputs: formatParityVectors(s.inputs) } : {};
  return { ...common, seed: s.cell.kind === 'seeded' ? s.cell.seed : PARITY_SEED, ...training };
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
  if (base.cell.kind === 'trained' && typeof p.training === 'number') {
    // The typed inputs when there are any (the seed's inputs otherwise, as in a lesson saved before they existed).
    const inputs = typeof p.inputs === 'string' ? parseParityVectors(p.inputs, 'inputs', base.cell.bits) : parityInputs(base.cell.bits, seed);
    return { ...base, epsilon, maxSteps, cell: { ...base.cell, checkpoint: p.training }, inputs };
  }
  if (base.cell.kind !== 'seeded') return { ...base, epsilon, maxSteps, inputs: parityInputs(base.cell.bits, seed) };
  return { ...base, epsilon, maxSteps, cell: { ...base.cell, seed } };
}

/** The input width of a preset with a cell (the parity task's number of entries). */
function parityBits(preset: string): number {
  const s = presetScenario(preset);
  return s.source === 'cell' ? (s.inputs[0]?.length ?? 0) : 0;
}

/** The hand-set presets' parameter (the halting values). */
const GIVEN: PresetScope = {
  presets: isGivenPreset,
  refusal: (m) => ({ problem: m.act.problems.givenOnly, allowed: m.act.problems.givenAllowed }),
};
/** The parameter of the presets with a cell (the seed). */
const CELL: PresetScope = {
  presets: (preset) => !isGivenPreset(preset),
  refusal: (m) => ({ problem: m.act.problems.cellOnly, allowed: m.act.problems.cellAllowed }),
};

/** The trained preset's parameter (the training checkpoint). */
const TRAINED: PresetScope = {
  presets: isTrainedPreset,
  refusal: (m) => ({ problem: m.act.problems.trainedOnly, allowed: m.act.problems.trainedAllowed }),
};

const label = (name: ActParamName) => (m: Messages) => m.act.params[name];

/**
 * The ACT parameter table. Each value is checked by its own rule, then the whole scenario goes through the core's
 * parser, which also refuses halting values that never reach 1 − ε before maxSteps.
 */
export const ACT_PARAMS: ParamTable = {
  rows: [
    {
      name: 'halting',
      kind: 'vector',
      label: label('halting'),
      appliesTo: GIVEN,
      rule: (value, name) => {
        const halting = expectVector(value, name, { minLength: 1, min: 0, max: 1 });
        if (halting.length > LIMITS.haltingLength)
          throw new ValidationError(name, `got length ${halting.length}`, `an array of at most ${LIMITS.haltingLength} numbers in [0, 1]`);
        return halting;
      },
    },
    { name: 'epsilon', kind: 'number', step: 0.01, label: label('epsilon'), rule: numberRule({ min: 0, max: 1, maxExclusive: true }) },
    { name: 'maxSteps', kind: 'integer', step: 1, label: label('maxSteps'), rule: numberRule(LIMITS.maxSteps) },
    { name: 'seed', kind: 'integer', step: 1, label: label('seed'), appliesTo: CELL, rule: numberRule(LIMITS.seed) },
    {
      name: 'training',
      kind: 'integer',
      step: 1,
      label: label('training'),
      appliesTo: TRAINED,
      rule: (v, n, c) => numberRule({ integer: true, min: 0, max: trainingSteps().length - 1 })(v, n, c),
    },
    {
      name: 'inputs',
      kind: 'text',
      label: label('inputs'),
      appliesTo: TRAINED,
      rule: (value, name, { preset, messages }) => formatParityVectors(parseParityVectors(value, name, parityBits(preset), messages.act.parityVector)),
    },
  ] satisfies readonly (ParamRow & { name: ActParamName })[],
  settle(name, next, { preset }) {
    // On the trained preset a new seed draws new inputs into the typed field (which the lecturer can then edit).
    const settled =
      name === 'seed' && isTrainedPreset(preset) ? { ...next, inputs: formatParityVectors(parityInputs(parityBits(preset), next.seed as number)) } : next;
    parseActScenario(scenarioFor(preset, settled));
    return settled;
  },
};

/** Applies one edited ACT parameter through the shared apply function (apply-parameter.ts). */
export const applyActParameter = applierOf(ACT_PARAMS);
