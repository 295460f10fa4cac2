/**
 * The Neural Programmer parameters a lecturer changes live, and how they map onto a scenario
 * (core/models/programmer/scenario.ts):
 * - every preset: the pivot (the question's number: the question is written from it);
 * - hand-set programs: the number of steps T (1 … {@link EDITABLE_STEPS}), each step's α_op and α_col, and a
 *   spread ε that blends every weight vector with the uniform one, α' = (1 − ε)·α + ε/n, so the soft mixture
 *   drifts visibly away from the hard (argmax) answer as ε grows (not in the paper: a teaching knob);
 * - the seeded controller: T, its seed and its sharpness (the factor on the softmax logits).
 * Every check goes through core/scenario/validate.ts and the core's own scenario parser, so a refused value gets
 * the same message as in a scenario file.
 */
import { ValidationError, expectNumber } from '#core/scenario/validate.ts';
import { MAX_STEPS, parseProgrammerScenario, parseWeights, type ProgrammerScenario } from '#core/models/programmer/scenario.ts';
import { PROGRAMMER_PRESETS, presetQuestion, programmerPreset } from '#core/models/programmer/presets.ts';
import { tableRows } from '#core/models/programmer/table.ts';
import { OPERATIONS, OPERATION_COUNT } from '#core/models/programmer/types.ts';
import { format, type Messages } from '#app/shared/i18n/i18n.ts';
import type { ParamValue, Parameters } from '../../state/scenario-slice.ts';
import { applierOf } from '../apply-parameter.ts';
import { numberRule, type ParamRow, type ParamRule, type ParamTable, type PresetScope } from '../param-table.ts';

/** How many steps of a hand-set program the panel edits (the presets have 2). */
export const EDITABLE_STEPS = 4;

/** The per-step weight parameters: `op1`, `column1`, … `op4`, `column4`. */
const STEP_PARAMS = Array.from({ length: EDITABLE_STEPS }, (_, k) => [`op${k + 1}`, `column${k + 1}`] as const).flat();

/** Names of the parameters, in panel order. */
export const PROGRAMMER_PARAM_NAMES = ['pivot', 'steps', 'spread', ...STEP_PARAMS, 'seed', 'sharpness'] as const;
/** One parameter name. */
export type ProgrammerParamName = (typeof PROGRAMMER_PARAM_NAMES)[number];

/** Rules of the scalar parameters (the controller's come from the scenario format). */
export const LIMITS = {
  pivot: { min: -1e9, max: 1e9 },
  spread: { min: 0, max: 1 },
  seed: { min: 0, max: 0xffffffff, integer: true },
  sharpness: { min: 0, max: 100 },
} as const;

/** The preset's scenario (the first preset for an unknown id). */
export function presetScenario(preset: string): ProgrammerScenario {
  return (programmerPreset(preset) ?? PROGRAMMER_PRESETS[0]!).scenario;
}

/** Whether a preset's program is hand-set (else it is the seeded controller). */
export function isHandPreset(preset: string): boolean {
  return presetScenario(preset).program.kind === 'hand';
}

/** The panel's parameters read from a preset. */
export function presetParameters(preset: string): Parameters {
  const s = presetScenario(preset);
  const { program } = s;
  if (program.kind === 'controller') return { pivot: s.pivot, steps: program.steps, seed: program.seed, sharpness: program.sharpness };
  const p: Record<string, ParamValue> = { pivot: s.pivot, steps: program.steps.length, spread: 0 };
  program.steps.forEach((w, k) => {
    if (k >= EDITABLE_STEPS) return;
    p[`op${k + 1}`] = Array.from(w.op);
    p[`column${k + 1}`] = Array.from(w.column);
  });
  return p;
}

/** A weight vector blended with the uniform one: (1 − ε)·α + ε/n. */
export function spreadWeights(weights: readonly number[], spread: number): number[] {
  const n = weights.length;
  return weights.map((w) => (1 - spread) * w + spread / n);
}

/** The JSON scenario (the core's file format) that the parameters describe, starting from a preset. */
export function scenarioJsonFor(preset: string, p: Parameters): Record<string, unknown> {
  const base = presetScenario(preset);
  const json: Record<string, unknown> = {
    module: 'programmer',
    question: typeof p.pivot === 'number' ? presetQuestion(preset, p.pivot) : base.question,
    pivot: p.pivot,
    table: { columns: [...base.table.columnNames], rows: tableRows(base.table) },
  };
  if (base.program.kind === 'controller') {
    json.program = { kind: 'controller', seed: p.seed, steps: p.steps, hidden: base.program.hidden, sharpness: p.sharpness };
    return json;
  }
  const T = p.steps as number;
  const spread = (p.spread as number | undefined) ?? 0;
  const steps = Array.from({ length: T }, (_, k) => {
    const op = p[`op${k + 1}`] as readonly number[] | undefined;
    const column = p[`column${k + 1}`] as readonly number[] | undefined;
    return {
      op: spread > 0 && Array.isArray(op) ? spreadWeights(op, spread) : op,
      column: spread > 0 && Array.isArray(column) ? spreadWeights(column, spread) : column,
    };
  });
  json.program = { kind: 'hand', steps };
  return json;
}

/** The validated scenario the parameters describe. */
export function scenarioFor(preset: string, p: Parameters): ProgrammerScenario {
  return parseProgrammerScenario(scenarioJsonFor(preset, p));
}

/** Which panel parameter a path of a ValidationError from the scenario parser belongs to. */
export function parameterOfPath(path: string): ProgrammerParamName | null {
  if (path === 'pivot') return 'pivot';
  if (path === 'program.seed') return 'seed';
  if (path === 'program.sharpness') return 'sharpness';
  if (path === 'program.steps') return 'steps';
  const m = /^program\.steps\[(\d+)\]\.(op|column)/.exec(path);
  if (m) {
    const k = Number(m[1]) + 1;
    return k <= EDITABLE_STEPS ? (`${m[2]}${k}` as ProgrammerParamName) : 'steps';
  }
  return null;
}

/** A new step of a hand-set program: reset (every row selected again), on the first column. */
function newStep(columns: number): { op: number[]; column: number[] } {
  const op = new Array<number>(OPERATION_COUNT).fill(0);
  op[OPERATIONS.indexOf('reset')] = 1;
  const column = new Array<number>(columns).fill(0);
  column[0] = 1;
  return { op, column };
}

/** The spread and the per-step weights are the hand-set programs'. */
const HAND: PresetScope = {
  presets: isHandPreset,
  refusal: (m) => ({ problem: m.programmer.problems.handOnly, allowed: m.programmer.problems.handAllowed }),
};
/** The seed and the sharpness are the seeded controller's. */
const CONTROLLER: PresetScope = {
  presets: (preset) => !isHandPreset(preset),
  refusal: (m) => ({ problem: m.programmer.problems.controllerOnly, allowed: m.programmer.problems.controllerAllowed }),
};

/** T: at most {@link EDITABLE_STEPS} for a hand-set program, the scenario format's {@link MAX_STEPS} for the controller. */
const stepsRule: ParamRule = (value, name, { preset }) =>
  expectNumber(value, name, { integer: true, min: 1, max: isHandPreset(preset) ? EDITABLE_STEPS : MAX_STEPS });

/** A step's weights: a step the program has, and a distribution over the operations or the table's columns. */
function weightsRule(kind: 'op' | 'column', k: number): ParamRule {
  return (value, name, { preset, current, messages: m }) => {
    const T = current.steps as number;
    const words = m.programmer.problems;
    if (k > T) throw new ValidationError(name, format(words.noStep, { steps: T }), format(words.stepAllowed, { steps: T }));
    // The panel's own field name in the message, with the core's rule (a distribution over the named items).
    parseWeights(value, name, kind === 'op' ? OPERATIONS : presetScenario(preset).table.columnNames);
    return value;
  };
}

const COLUMN_NAMES = presetScenario(PROGRAMMER_PRESETS[0]!.id).table.columnNames.join(' ');

function stepRow(kind: 'op' | 'column', k: number): ParamRow {
  return {
    name: `${kind}${k}`,
    kind: 'vector',
    label: (m: Messages) => (kind === 'op' ? format(m.programmer.params.op, { t: k }) : format(m.programmer.params.column, { t: k, columns: COLUMN_NAMES })),
    appliesTo: HAND,
    rule: weightsRule(kind, k),
  };
}

const label = (name: 'pivot' | 'steps' | 'spread' | 'seed' | 'sharpness') => (m: Messages) => m.programmer.params[name];

/**
 * The Neural Programmer parameter table. After a row's rule, new steps are filled in when T grows on a hand-set
 * program, and the whole scenario goes through the core's parser (a problem of the edited step keeps its field's name).
 */
export const PROGRAMMER_PARAMS: ParamTable = {
  rows: [
    { name: 'pivot', kind: 'number', step: 1, label: label('pivot'), rule: numberRule(LIMITS.pivot) },
    { name: 'steps', kind: 'integer', label: label('steps'), rule: stepsRule },
    { name: 'spread', kind: 'number', step: 0.05, label: label('spread'), appliesTo: HAND, rule: numberRule(LIMITS.spread) },
    ...Array.from({ length: EDITABLE_STEPS }, (_, k) => [stepRow('op', k + 1), stepRow('column', k + 1)]).flat(),
    { name: 'seed', kind: 'integer', label: label('seed'), appliesTo: CONTROLLER, rule: numberRule(LIMITS.seed) },
    { name: 'sharpness', kind: 'number', step: 0.5, label: label('sharpness'), appliesTo: CONTROLLER, rule: numberRule(LIMITS.sharpness) },
  ],
  settle(name, next, { preset }) {
    if (name === 'steps' && isHandPreset(preset)) {
      const T = next.steps as number;
      const columns = presetScenario(preset).table.columns;
      for (let k = 1; k <= EDITABLE_STEPS; k++) {
        if (k > T) {
          delete next[`op${k}`];
          delete next[`column${k}`];
        } else if (next[`op${k}`] === undefined) {
          const s = newStep(columns);
          next[`op${k}`] = s.op;
          next[`column${k}`] = s.column;
        }
      }
    }
    try {
      scenarioFor(preset, next);
    } catch (error) {
      if (error instanceof ValidationError && parameterOfPath(error.path) === name) throw new ValidationError(name, error.problem, error.allowed);
      throw error;
    }
    return next;
  },
};

/** Applies one edited Neural Programmer parameter through the shared apply function (apply-parameter.ts). */
export const applyProgrammerParameter = applierOf(PROGRAMMER_PARAMS);
