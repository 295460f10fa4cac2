/**
 * The Neural Programmer parameters a lecturer changes live, and how they map onto a scenario
 * (core/models/programmer/scenario.ts):
 * - every preset: the pivot (the question's number);
 * - hand-set programs: the number of steps T (1 … {@link EDITABLE_STEPS}), each step's α_op and α_col, and a
 *   spread ε that blends every weight vector with the uniform one, α' = (1 − ε)·α + ε/n, so the soft mixture
 *   drifts visibly away from the hard (argmax) answer as ε grows (not in the paper: a teaching knob);
 * - the seeded controller: T, its seed and its sharpness (the factor on the softmax logits).
 * Every check goes through core/scenario/validate.ts and the core's own scenario parser, so a refused value gets
 * the same message as in a scenario file.
 */
import { ValidationError, expectNumber } from '../../../../core/scenario/validate.ts';
import { MAX_STEPS, parseProgrammerScenario, parseWeights, type ProgrammerScenario } from '../../../../core/models/programmer/scenario.ts';
import { PROGRAMMER_PRESETS, programmerPreset } from '../../../../core/models/programmer/presets.ts';
import { tableRows } from '../../../../core/models/programmer/table.ts';
import { OPERATIONS, OPERATION_COUNT } from '../../../../core/models/programmer/types.ts';
import { format, messages, type Language } from '../../../shared/i18n/i18n.ts';
import type { ParamProblem, ParamValue, Parameters } from '../../state/scenario-slice.ts';
import { problemOf } from '../param-problem.ts';

/** How many steps of a hand-set program the panel edits (the presets have 2). */
export const EDITABLE_STEPS = 4;

/** The per-step weight parameters: `op1`, `column1`, … `op4`, `column4`. */
const STEP_PARAMS = Array.from({ length: EDITABLE_STEPS }, (_, k) => [`op${k + 1}`, `column${k + 1}`] as const).flat();

/** Names of the parameters, in panel order. */
export const PROGRAMMER_PARAM_NAMES = ['pivot', 'steps', 'spread', ...STEP_PARAMS, 'seed', 'sharpness'] as const;
/** One parameter name. */
export type ProgrammerParamName = (typeof PROGRAMMER_PARAM_NAMES)[number];

/** Parameters that only hand-set programs have, and those only the controller has. */
const HAND_ONLY = new Set<string>(['spread', ...STEP_PARAMS]);
const CONTROLLER_ONLY = new Set<string>(['seed', 'sharpness']);

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

/**
 * Whether a parameter applies to a preset: the spread and the per-step weights to hand-set programs, the seed and
 * the sharpness to the seeded controller, the pivot and T to both.
 */
export function programmerParamApplies(name: string, preset: string): boolean {
  if (HAND_ONLY.has(name)) return isHandPreset(preset);
  if (CONTROLLER_ONLY.has(name)) return !isHandPreset(preset);
  return (PROGRAMMER_PARAM_NAMES as readonly string[]).includes(name);
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
    question: base.question,
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

/**
 * Applies one edited parameter: checks it (its own rule, then the whole scenario through the core's parser),
 * fills in new steps when T grows on a hand-set program, and returns the new parameters or the problem to show
 * beside the field (`language` words the "not for this preset" problems).
 */
export function applyProgrammerParameter(
  preset: string,
  name: string,
  value: ParamValue,
  current: Parameters,
  language: Language = 'en',
): { parameters: Parameters } | { problem: ParamProblem } {
  const m = messages(language).programmer.problems;
  const hand = isHandPreset(preset);
  try {
    if (!(PROGRAMMER_PARAM_NAMES as readonly string[]).includes(name)) throw new ValidationError(name, 'not a parameter', PROGRAMMER_PARAM_NAMES.join(', '));
    if (hand && CONTROLLER_ONLY.has(name)) throw new ValidationError(name, m.controllerOnly, m.controllerAllowed);
    if (!hand && HAND_ONLY.has(name)) throw new ValidationError(name, m.handOnly, m.handAllowed);
    const next: Record<string, ParamValue> = { ...current, [name]: value };
    if (name in LIMITS) expectNumber(value, name, LIMITS[name as keyof typeof LIMITS]);
    if (name === 'steps') {
      const T = expectNumber(value, 'steps', { integer: true, min: 1, max: hand ? EDITABLE_STEPS : MAX_STEPS });
      if (hand) {
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
    }
    const step = /^(op|column)(\d+)$/.exec(name);
    if (step) {
      const k = Number(step[2]);
      const T = current.steps as number;
      if (k > T) throw new ValidationError(name, format(m.noStep, { steps: T }), format(m.stepAllowed, { steps: T }));
      // The panel's own field name in the message, with the core's rule (a distribution over the named items).
      const names = step[1] === 'op' ? OPERATIONS : presetScenario(preset).table.columnNames;
      parseWeights(value, name, names);
    }
    try {
      scenarioFor(preset, next);
    } catch (error) {
      if (error instanceof ValidationError && parameterOfPath(error.path) === name) {
        throw new ValidationError(name, error.problem, error.allowed);
      }
      throw error;
    }
    return { parameters: next };
  } catch (error) {
    return { problem: problemOf(error, name) };
  }
}
