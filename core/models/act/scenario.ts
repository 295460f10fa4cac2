/**
 * ACT scenarios: the JSON a preset, a lesson file or `atenea trace` gives, validated with messages that name
 * the field and what is allowed (core/scenario/validate.ts). Format (README, "ACT scenarios"):
 *
 * ```
 * { "module": "act", "name": "…" | { "en": "…", "es": "…" },   // name optional
 *   "epsilon": 0.01, "maxSteps": 100,                           // both optional (defaults 0.01 and 100)
 *   "source": "given",                                          // halting values and states by hand
 *   "steps": [ { "halting": [h¹, h², …], "states": [[D] …], "outputs": [[O] …] } ] }   // outputs optional
 * { "module": "act", "epsilon": 0.01, "maxSteps": 100,
 *   "source": "cell",                                           // a recurrent cell ponders on each input
 *   "cell": { "kind": "seeded", "seed": 7, "stateSize": 4, "outputSize": 2, "haltingBias": 1 }
 *         | { "kind": "parity", "bits": 8 }                     // hand-set: counts the non-zero entries
 *         | { "kind": "trained", "model": "act-parity", "checkpoint": 5 },  // checkpoint optional (final weights)
 *   "inputs": [[I] per input step], "initialState": [D] }       // initialState optional (zeros)
 * ```
 * A trained cell was trained on one-step sequences, so each of its inputs is run as its own sequence from
 * s_0 = 0 (initialState is refused); its inputs have the model's width, entries in {−1, 0, 1}.
 */
import { expectLocalizedText, type LocalizedText } from '../../scenario/scenario-file.ts';
import { rejectUnknownFields } from '../../scenario/unknown-fields.ts';
import { ValidationError, expectMatrix, expectNumber, expectObject, expectOneOf, expectVector, join, quote } from '../../scenario/validate.ts';
import { decideHalting } from './halting.ts';
import { ponderGiven, type ActStepResult } from './ponder.ts';
import { TRAINED_ACT_MODELS, trainedActFile, type TrainedActModel } from './trained/registry.ts';
import { DEFAULT_EPSILON, DEFAULT_MAX_STEPS } from './types.ts';

/** The most ponder steps a cell scenario may allow (each is one trace frame). */
export const MAX_CELL_PONDER_STEPS = 10_000;
/** Limits on a cell's sizes and the parity width. */
export const MAX_CELL_SIZE = 1024;

/**
 * A cell drawn from a seed ({@link seededCell}), the hand-set counting cell ({@link parityCell}), or a trained
 * model's (core/models/act/trained; `bits` is the model's input width, filled in by the parser).
 */
export type ActCellSpec =
  | {
      readonly kind: 'seeded';
      readonly seed: number;
      readonly stateSize: number;
      readonly outputSize: number;
      readonly haltingBias: number;
    }
  | { readonly kind: 'parity'; readonly bits: number }
  | { readonly kind: 'trained'; readonly model: TrainedActModel; readonly checkpoint?: number; readonly bits: number };

/** One input step given by hand: halting values, states and optional outputs, one per ponder step. */
export interface GivenStep {
  readonly halting: number[];
  readonly states: number[][];
  readonly outputs?: number[][];
}

/** Fields every ACT scenario has. */
interface ActScenarioBase {
  readonly module: 'act';
  /** A title for the lecture panel (optional): one string, or `{ "en": …, "es": … }`. */
  readonly name?: LocalizedText;
  /** ε in [0, 1). */
  readonly epsilon: number;
  /** M, an integer ≥ 1. */
  readonly maxSteps: number;
}

/** A scenario whose ponder steps are given by hand. */
export interface GivenActScenario extends ActScenarioBase {
  readonly source: 'given';
  readonly steps: GivenStep[];
}

/** A scenario where a cell ponders on each input. */
export interface CellActScenario extends ActScenarioBase {
  readonly source: 'cell';
  readonly cell: ActCellSpec;
  /** x_1 … x_T. */
  readonly inputs: number[][];
  /** s_0; zeros when absent. */
  readonly initialState?: number[];
}

/** A validated ACT scenario. */
export type ActScenario = GivenActScenario | CellActScenario;

/** The fields of a hand-given scenario, of a cell scenario, of a given step and of each cell kind. */
export const ACT_GIVEN_FIELDS = ['module', 'name', 'epsilon', 'maxSteps', 'source', 'steps'] as const;
/** The fields of a `source: "cell"` scenario. */
export const ACT_CELL_FIELDS = ['module', 'name', 'epsilon', 'maxSteps', 'source', 'cell', 'inputs', 'initialState'] as const;
/** The fields of one hand-given input step. */
export const ACT_STEP_FIELDS = ['halting', 'states', 'outputs'] as const;
const CELL_KIND_FIELDS = {
  seeded: ['kind', 'seed', 'stateSize', 'outputSize', 'haltingBias'],
  parity: ['kind', 'bits'],
  trained: ['kind', 'model', 'checkpoint', 'bits'],
} as const;

/** Validates ε: a number in [0, 1); `undefined` gives the default 0.01. */
export function parseEpsilon(value: unknown, path: string): number {
  return value === undefined ? DEFAULT_EPSILON : expectNumber(value, path, { min: 0, max: 1, maxExclusive: true });
}

/** Validates maxSteps: an integer ≥ 1 (≤ `max` when given); `undefined` gives the default 100. */
export function parseMaxSteps(value: unknown, path: string, max?: number): number {
  return value === undefined ? DEFAULT_MAX_STEPS : expectNumber(value, path, { min: 1, ...(max !== undefined ? { max } : {}), integer: true });
}

function expectRowsForHalt(value: unknown, path: string, steps: number, what: string): number[][] {
  if (Array.isArray(value) && value.length < steps) {
    throw new ValidationError(
      path,
      `got ${value.length} rows, but the step halts at N = ${steps}`,
      `at least ${steps} rows (one ${what} per ponder step up to the halt)`,
    );
  }
  return expectMatrix(value, path, { minRows: steps, minColumns: 1 });
}

/**
 * Validates one hand-given input step (`halting`, `states`, optional `outputs` under `path`) and runs the
 * halting rule on it: too few halting values to decide, h outside [0, 1], or fewer states than N(t) are
 * errors. `width` fixes the state width when given.
 */
export function parseGivenStep(value: unknown, path: string, epsilon: number, maxSteps: number, width?: number): { step: GivenStep; result: ActStepResult } {
  const object = expectObject(value, path);
  rejectUnknownFields(object, path, ACT_STEP_FIELDS);
  const halting = expectVector(object.halting, join(path, 'halting'), { minLength: 1, min: 0, max: 1 });
  const decision = decideHalting(halting, epsilon, maxSteps);
  if (decision === undefined) {
    const total = halting.reduce((a, b) => a + b, 0);
    throw new ValidationError(
      join(path, 'halting'),
      `${halting.length} values sum to ${quote(total)}, short of 1 − ε = ${quote(1 - epsilon)}, and maxSteps = ${maxSteps} is not reached`,
      'values in [0, 1], enough of them to reach 1 − ε or maxSteps',
    );
  }
  const n = decision.steps;
  const states = expectRowsForHalt(object.states, join(path, 'states'), n, 'state');
  if (width !== undefined && states[0]!.length !== width) {
    throw new ValidationError(
      join(path, 'states[0]'),
      `got length ${states[0]!.length}`,
      `an array of ${width} numbers (the width of the first step's states)`,
    );
  }
  const outputs = object.outputs === undefined ? undefined : expectRowsForHalt(object.outputs, join(path, 'outputs'), n, 'output');
  const result = ponderGiven(halting, states, outputs, epsilon, maxSteps)!;
  return { step: outputs ? { halting, states, outputs } : { halting, states }, result };
}

function parseCellSpec(value: unknown, path: string): ActCellSpec {
  const object = expectObject(value, path);
  const kind = expectOneOf(object.kind, join(path, 'kind'), ['seeded', 'parity', 'trained'] as const);
  if (kind === 'trained') {
    rejectUnknownFields(object, path, CELL_KIND_FIELDS.trained);
    const model = expectOneOf(object.model, join(path, 'model'), TRAINED_ACT_MODELS);
    const file = trainedActFile(model);
    const bits = file.weights.inputSize;
    // `bits` is the model's input width; a scenario written back from a parsed one carries it, and it must agree.
    if (object.bits !== undefined) expectNumber(object.bits, join(path, 'bits'), { integer: true, min: bits, max: bits });
    if (object.checkpoint === undefined) return { kind, model, bits };
    const checkpoint = expectNumber(object.checkpoint, join(path, 'checkpoint'), {
      integer: true,
      min: 0,
      max: file.checkpoints.length - 1,
    });
    return { kind, model, checkpoint, bits };
  }
  rejectUnknownFields(object, path, CELL_KIND_FIELDS[kind]);
  if (kind === 'parity') return { kind, bits: expectNumber(object.bits, join(path, 'bits'), { min: 1, max: MAX_CELL_SIZE, integer: true }) };
  return {
    kind,
    seed: expectNumber(object.seed, join(path, 'seed'), { integer: true, min: 0, max: 2 ** 32 - 1 }),
    stateSize: expectNumber(object.stateSize, join(path, 'stateSize'), { integer: true, min: 1, max: MAX_CELL_SIZE }),
    outputSize: object.outputSize === undefined ? 0 : expectNumber(object.outputSize, join(path, 'outputSize'), { integer: true, min: 0, max: MAX_CELL_SIZE }),
    haltingBias: object.haltingBias === undefined ? 1 : expectNumber(object.haltingBias, join(path, 'haltingBias'), { min: -50, max: 50 }),
  };
}

/** The state width D of a cell. */
export function cellStateSize(spec: ActCellSpec): number {
  if (spec.kind === 'trained') return trainedActFile(spec.model).weights.stateSize;
  return spec.kind === 'parity' ? 2 * spec.bits + 1 : spec.stateSize;
}

/** Validates an ACT scenario (format in the module comment); throws a {@link ValidationError}. */
export function parseActScenario(value: unknown, path = ''): ActScenario {
  const object = expectObject(value, path);
  expectOneOf(object.module, join(path, 'module'), ['act'] as const);
  // Unknown fields first, so a misspelt "source" is suggested rather than reported missing.
  const fields =
    object.source === 'given' ? ACT_GIVEN_FIELDS : object.source === 'cell' ? ACT_CELL_FIELDS : [...new Set([...ACT_GIVEN_FIELDS, ...ACT_CELL_FIELDS])];
  rejectUnknownFields(object, path, fields);
  const source = expectOneOf(object.source, join(path, 'source'), ['given', 'cell'] as const);
  const named = object.name === undefined ? {} : { name: expectLocalizedText(object.name, join(path, 'name')) };
  const epsilon = parseEpsilon(object.epsilon, join(path, 'epsilon'));
  if (source === 'given') {
    const maxSteps = parseMaxSteps(object.maxSteps, join(path, 'maxSteps'));
    const stepsPath = join(path, 'steps');
    if (!Array.isArray(object.steps) || object.steps.length === 0) {
      throw new ValidationError(
        stepsPath,
        object.steps === undefined ? 'missing' : Array.isArray(object.steps) ? 'got an empty array' : 'not an array',
        'an array of ≥ 1 input steps, each {"halting": [...], "states": [[...]...]}',
      );
    }
    let width: number | undefined;
    const steps = object.steps.map((s, t) => {
      const { step } = parseGivenStep(s, join(stepsPath, t), epsilon, maxSteps, width);
      width ??= step.states[0]!.length;
      return step;
    });
    return { module: 'act', ...named, source, epsilon, maxSteps, steps };
  }
  const maxSteps = parseMaxSteps(object.maxSteps, join(path, 'maxSteps'), MAX_CELL_PONDER_STEPS);
  const cell = parseCellSpec(object.cell, join(path, 'cell'));
  const inputsPath = join(path, 'inputs');
  const inputs =
    cell.kind !== 'seeded'
      ? expectMatrix(object.inputs, inputsPath, { minRows: 1, columns: cell.bits, min: -1, max: 1, integer: true })
      : expectMatrix(object.inputs, inputsPath, { minRows: 1, minColumns: 1 });
  if (cell.kind === 'seeded' && inputs[0]!.length > MAX_CELL_SIZE) {
    throw new ValidationError(join(inputsPath, 0), `got length ${inputs[0]!.length}`, `at most ${MAX_CELL_SIZE} numbers`);
  }
  const d = cellStateSize(cell);
  if (cell.kind === 'trained' && object.initialState !== undefined) {
    throw new ValidationError(join(path, 'initialState'), 'given for a trained cell', 'no initialState: each input of a trained cell starts from s_0 = 0');
  }
  if (object.initialState === undefined) return { module: 'act', ...named, source, epsilon, maxSteps, cell, inputs };
  const initialState = expectVector(object.initialState, join(path, 'initialState'), { length: d, min: -1, max: 1 });
  return { module: 'act', ...named, source, epsilon, maxSteps, cell, inputs, initialState };
}
