/**
 * NTM scenario files: the JSON a lecturer writes (or a preset builds) to drive one or more heads over several
 * time steps, and its validation. A scenario is plain JSON data, so it can be stored, edited in the parameter
 * panel and rerun cheaply; {@link resolveNtmScenario} checks it and turns it into typed arrays.
 *
 * Format (README, "NTM scenario files"):
 * ```json
 * { "module": "ntm", "name": { "en": "...", "es": "..." }, "seed": 7,
 *   "memory": [[1, 0], [0, 1]] | { "rows": 8, "columns": 4, "fill": "zeros" | "random" | "constant", "min": -1, "max": 1, "value": 0 },
 *   "heads": [{ "name": "write", "initialWeights": [1, 0] | "uniform" | { "oneHot": 0 } }],
 *   "steps": [{ "head": "write", "role": "write", "write": "erase-add" | "simplified",
 *               "key": [..M], "beta": 0, "gate": 1, "shift": [0, 1, 0], "gamma": 1, "erase": [..M], "add": [..M],
 *               "note": "..." }] }
 * ```
 * or, with the trained copy NTM choosing every head parameter:
 * `{ "module": "ntm", "controller": { "trained": "ntm-copy", "checkpoint": 5 }, "input": [[0, 1, 1, 0, 1, 0]] }`.
 */
import { seededRandom } from '../../math/random.ts';
import { expectLocalizedText, expectString, type LocalizedText } from '../../scenario/scenario-file.ts';
import { ValidationError, expectNumber, expectObject, expectOneOf, join } from '../../scenario/validate.ts';
import { describeValue, previewString } from '../../scenario/describe-value.ts';
import { rejectUnknownFields } from '../../scenario/unknown-fields.ts';
import { parseHeadParameters, parseMemory, parsePreviousWeights, type NtmHeadParameters } from './step-input.ts';
import type { MemoryMatrix } from './types.ts';
import { expandTrainedScenario } from './trained/trained-scenario.ts';

export * from './scenario-types.ts';
import type { NtmHeadRole, NtmWriteMode } from './scenario-types.ts';
import { NTM_HEAD_ROLES, NTM_WRITE_MODES } from './scenario-types.ts';

/** The defaults of a step's parameters, for a memory of width M: a zero key, β = 0, g = 1, no shift, γ = 1, e = 0, a = 0. */
export function ntmStepDefaults(columns: number): NtmHeadParameters {
  return {
    key: new Float64Array(columns),
    beta: 0,
    gate: 1,
    shift: Float64Array.of(0, 1, 0),
    gamma: 1,
    erase: new Float64Array(columns),
    add: new Float64Array(columns),
  };
}
/** Documents {@link ntmStepDefaults} for a reader of the type: see there. */
export const NTM_STEP_DEFAULTS = 'key zeros, beta 0, gate 1, shift [0, 1, 0], gamma 1, erase zeros, add zeros';

/** A validated step with its parameters as typed arrays. */
export interface ResolvedNtmStep extends NtmHeadParameters {
  readonly head: string;
  readonly role: NtmHeadRole;
  readonly write: NtmWriteMode;
  readonly note?: LocalizedText;
}

/** A validated scenario, ready to run. */
export interface ResolvedNtmScenario {
  readonly name?: LocalizedText;
  readonly seed: number;
  readonly memory: MemoryMatrix;
  readonly heads: readonly { readonly name: string; readonly initialWeights: Float64Array }[];
  readonly steps: readonly ResolvedNtmStep[];
}

const SCENARIO_FIELDS = ['module', 'name', 'seed', 'memory', 'heads', 'steps'];
const FILL_FIELDS = ['rows', 'columns', 'fill', 'value', 'min', 'max'];
const HEAD_FIELDS = ['name', 'initialWeights'];
const STEP_FIELDS = ['head', 'role', 'write', 'key', 'beta', 'gate', 'shift', 'gamma', 'erase', 'add', 'note'];
/** The largest memory a scenario may ask for (rows × columns). */
export const MAX_SCENARIO_MEMORY_ENTRIES = 1 << 24;

function resolveMemory(value: unknown, seed: number): MemoryMatrix {
  if (Array.isArray(value)) return parseMemory(value, 'memory');
  if (typeof value !== 'object' || value === null) {
    throw new ValidationError(
      'memory',
      value === undefined ? 'missing' : `got ${describeValue(value)}`,
      'N rows of M numbers, or { "rows", "columns", "fill" }',
    );
  }
  const spec = value as Record<string, unknown>;
  rejectUnknownFields(spec, 'memory', FILL_FIELDS);
  const rows = expectNumber(spec.rows, 'memory.rows', { min: 1, integer: true });
  const columns = expectNumber(spec.columns, 'memory.columns', { min: 1, integer: true });
  if (rows * columns > MAX_SCENARIO_MEMORY_ENTRIES) {
    throw new ValidationError('memory', `${rows} × ${columns} is too large`, `at most ${MAX_SCENARIO_MEMORY_ENTRIES} entries`);
  }
  const fill = expectOneOf(spec.fill, 'memory.fill', ['zeros', 'constant', 'random'] as const);
  const data = new Float64Array(rows * columns);
  if (fill === 'constant') data.fill(expectNumber(spec.value, 'memory.value'));
  if (fill === 'random') {
    const min = spec.min === undefined ? -1 : expectNumber(spec.min, 'memory.min');
    const max = spec.max === undefined ? 1 : expectNumber(spec.max, 'memory.max', { min });
    const random = seededRandom(seed);
    for (let k = 0; k < data.length; k++) data[k] = random.uniform(min, max);
  }
  return { rows, columns, data };
}

function resolveInitialWeights(value: unknown, path: string, rows: number): Float64Array {
  if (value === undefined || value === 'uniform') return new Float64Array(rows).fill(1 / rows);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    rejectUnknownFields(obj, path, ['oneHot']);
    const i = expectNumber(obj.oneHot, join(path, 'oneHot'), { min: 0, max: rows - 1, integer: true });
    const w = new Float64Array(rows);
    w[i] = 1;
    return w;
  }
  if (!Array.isArray(value)) {
    throw new ValidationError(path, `got ${describeValue(value)}`, `N = ${rows} numbers ≥ 0, "uniform" or { "oneHot": i }`);
  }
  return parsePreviousWeights(value, path, rows);
}

/**
 * Validates a scenario (any JSON value) and resolves it: the memory built (a `random` fill drawn from the
 * seed), each head's initial weights, each step's parameters with the defaults filled in; a `simplified`
 * step gets e = 1. Throws a {@link ValidationError} naming the field (`steps[3].shift`) and what is allowed.
 */
export function resolveNtmScenario(value: unknown): ResolvedNtmScenario {
  const obj = expectObject(value, '');
  // A trained controller sets the head parameters itself (trained/trained-scenario.ts).
  if (obj.controller !== undefined) return resolveNtmScenario(expandTrainedScenario(obj));
  rejectUnknownFields(obj, '', SCENARIO_FIELDS);
  expectOneOf(obj.module, 'module', ['ntm'] as const);
  const name = obj.name === undefined ? undefined : expectLocalizedText(obj.name, 'name');
  const seed = obj.seed === undefined ? 0 : expectNumber(obj.seed, 'seed', { integer: true, min: 0, max: 0xffffffff });
  const memory = resolveMemory(obj.memory, seed);

  const headValues = obj.heads === undefined ? [{ name: 'head' }] : obj.heads;
  if (!Array.isArray(headValues) || headValues.length === 0) {
    throw new ValidationError(
      'heads',
      Array.isArray(headValues) ? 'empty' : `got ${describeValue(headValues)}`,
      'an array of ≥ 1 { "name", "initialWeights" }',
    );
  }
  const heads = headValues.map((h: unknown, i) => {
    const path = join('heads', i);
    const head = expectObject(h, path);
    rejectUnknownFields(head, path, HEAD_FIELDS);
    return {
      name: expectString(head.name, join(path, 'name')),
      initialWeights: resolveInitialWeights(head.initialWeights, join(path, 'initialWeights'), memory.rows),
    };
  });
  const headNames = heads.map((h) => h.name);
  headNames.forEach((n, i) => {
    if (headNames.indexOf(n) !== i) throw new ValidationError(join(join('heads', i), 'name'), `${previewString(n)} is used twice`, 'a name no other head has');
  });

  const stepValues = obj.steps;
  if (!Array.isArray(stepValues) || stepValues.length === 0) {
    throw new ValidationError(
      'steps',
      stepValues === undefined ? 'missing' : Array.isArray(stepValues) ? 'empty' : `got ${describeValue(stepValues)}`,
      'an array of ≥ 1 steps',
    );
  }
  const defaults = ntmStepDefaults(memory.columns);
  const steps = stepValues.map((s: unknown, t): ResolvedNtmStep => {
    const path = join('steps', t);
    const step = expectObject(s, path);
    rejectUnknownFields(step, path, STEP_FIELDS);
    const head = step.head === undefined ? headNames[0]! : expectOneOf(step.head, join(path, 'head'), headNames);
    const role = step.role === undefined ? 'read-write' : expectOneOf(step.role, join(path, 'role'), NTM_HEAD_ROLES);
    const write = step.write === undefined ? 'erase-add' : expectOneOf(step.write, join(path, 'write'), NTM_WRITE_MODES);
    if (write === 'simplified' && step.erase !== undefined) {
      throw new ValidationError(join(path, 'erase'), 'given with write "simplified" (which erases with e = 1)', 'no erase field, or write "erase-add"');
    }
    const params = parseHeadParameters(step, path, memory.columns, defaults);
    const erase = write === 'simplified' ? new Float64Array(memory.columns).fill(1) : params.erase;
    const note = step.note === undefined ? undefined : expectLocalizedText(step.note, join(path, 'note'));
    return { ...params, erase, head, role, write, ...(note ? { note } : {}) };
  });
  return { ...(name ? { name } : {}), seed, memory, heads, steps };
}
