/**
 * The Neural Programmer scenario: a table, a question with its pivot, and where each step's α_op and α_col
 * come from (hand-set per step, the lecturer's program, or the seeded controller). JSON file format and its
 * validation (README, "Neural Programmer: scenario format"); every bad input names the field and what is
 * allowed (core/scenario/validate.ts).
 */
import { ValidationError, expectDistribution, expectMatrix, expectNumber, expectObject, expectOneOf, join, quote } from '../../scenario/validate.ts';
import { expectLocalizedText, type LocalizedText } from '../../scenario/scenario-file.ts';
import { describeBriefly, previewString } from '../../scenario/describe-value.ts';
import { didYouMean, fieldPath, rejectUnknownFields } from '../../scenario/unknown-fields.ts';
import { DEFAULT_CONTROLLER, runController, type ControllerSettings } from './controller.ts';
import { OPERATIONS, OPERATION_COUNT, type ProgrammerTable, type StepWeights } from './types.ts';

/** The largest table: 1,000,000 rows, at most 64 columns (README "`compute programmer`"). */
export const MAX_ROWS = 1_000_000;
/** The most columns a table may have. */
export const MAX_COLUMNS = 64;
/** The most program steps T. */
export const MAX_STEPS = 16;
/** How far a weight vector's sum may be from 1. */
export const WEIGHT_TOLERANCE = 1e-6;

/** The fields of a scenario file, of its table, of each program kind and of a step. */
export const PROGRAMMER_SCENARIO_FIELDS = ['module', 'question', 'pivot', 'table', 'program'] as const;
/** The fields of a scenario's `table`. */
export const PROGRAMMER_TABLE_FIELDS = ['rows', 'columns'] as const;
/** The fields of a `program` by its kind. */
export const PROGRAMMER_PROGRAM_FIELDS = { hand: ['kind', 'steps'], controller: ['kind', 'seed', 'steps', 'hidden', 'sharpness'] } as const;
/** The fields of one program step. */
export const PROGRAMMER_STEP_FIELDS = ['op', 'column'] as const;

/**
 * The most Σ_i |table(i, j)| a column may reach: a step's scalar is a sum over a column, a count or a
 * difference of two earlier scalars, so over {@link MAX_STEPS} steps it stays below 2^16 × this bound, finite
 * in float64.
 */
export const MAX_COLUMN_MAGNITUDE = 1e300;

/** A question in both languages of the app. */
export type Question = LocalizedText;

/** Where the weights come from. */
export type ProgramSource = { readonly kind: 'hand'; readonly steps: readonly StepWeights[] } | ({ readonly kind: 'controller' } & ControllerSettings);

/** A validated Neural Programmer scenario. */
export interface ProgrammerScenario {
  readonly module: 'programmer';
  readonly table: ProgrammerTable;
  readonly question: Question;
  readonly pivot: number;
  readonly program: ProgramSource;
}

/** Checks a table given as rows of numbers plus column names (1 … MAX_ROWS rows, 1 … MAX_COLUMNS columns). */
export function parseTable(rowsValue: unknown, namesValue: unknown, path: { rows: string; names: string }): ProgrammerTable {
  if (Array.isArray(rowsValue) && rowsValue.length > MAX_ROWS) {
    throw new ValidationError(path.rows, `got ${rowsValue.length} rows`, `1 to ${MAX_ROWS} rows`);
  }
  const rows = expectMatrix(rowsValue, path.rows, { minRows: 1, minColumns: 1 });
  const columns = rows[0]!.length;
  if (columns > MAX_COLUMNS) throw new ValidationError(join(path.rows, 0), `got ${columns} columns`, `1 to ${MAX_COLUMNS} columns`);
  let names: string[];
  if (namesValue === undefined) {
    names = Array.from({ length: columns }, (_, j) => `c${j}`);
  } else {
    const allowed = `an array of ${columns} distinct non-empty strings (one per column)`;
    if (!Array.isArray(namesValue)) throw new ValidationError(path.names, `got ${describeBriefly(namesValue)}`, allowed);
    if (namesValue.length !== columns) throw new ValidationError(path.names, `got length ${namesValue.length}`, allowed);
    names = namesValue.map((n, j) => {
      if (typeof n !== 'string' || n.trim() === '') throw new ValidationError(join(path.names, j), `got ${describeBriefly(n)}`, 'a non-empty string');
      return n;
    });
    const dup = names.findIndex((n, j) => names.indexOf(n) !== j);
    if (dup >= 0) throw new ValidationError(join(path.names, dup), `repeats ${previewString(names[dup]!)}`, allowed);
  }
  const data = new Float64Array(rows.length * columns);
  rows.forEach((row, i) => data.set(row, i * columns));
  for (let j = 0; j < columns; j++) {
    let magnitude = 0;
    for (let i = 0; i < rows.length; i++) magnitude += Math.abs(data[i * columns + j]!);
    if (!(magnitude <= MAX_COLUMN_MAGNITUDE)) {
      throw new ValidationError(
        path.rows,
        `column ${j} (${previewString(names[j]!)}) has Σ|x| = ${magnitude}, so its sums would overflow`,
        `columns whose absolute values sum to at most ${MAX_COLUMN_MAGNITUDE}`,
      );
    }
  }
  return { rows: rows.length, columns, columnNames: names, data };
}

/**
 * Checks one weight vector over named items. Accepted forms: an array of numbers (a distribution in the items'
 * order), one item's name (one-hot), or an object from names to weights (the others 0; the sum must be 1).
 */
export function parseWeights(value: unknown, path: string, names: readonly string[]): Float64Array {
  if (Array.isArray(value)) return Float64Array.from(expectDistribution(value, path, { length: names.length, tolerance: WEIGHT_TOLERANCE }));
  const allowed = `an array of ${names.length} weights summing to 1, one of ${names.map(previewString).join(', ')}, or an object from those names to weights summing to 1`;
  if (typeof value === 'string') {
    const k = names.indexOf(value);
    if (k < 0) throw new ValidationError(path, `got ${previewString(value)}`, `${allowed}${didYouMean(value, names)}`);
    const v = new Float64Array(names.length);
    v[k] = 1;
    return v;
  }
  if (typeof value === 'object' && value !== null) {
    const v = new Float64Array(names.length);
    for (const [key, w] of Object.entries(value)) {
      const k = names.indexOf(key);
      if (k < 0) throw new ValidationError(fieldPath(path, key), 'not a known name', `one of ${names.map(previewString).join(', ')}${didYouMean(key, names)}`);
      v[k] = expectNumber(w, join(path, key), { min: 0, max: 1 });
    }
    const sum = v.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > WEIGHT_TOLERANCE)
      throw new ValidationError(path, `sums to ${quote(sum)}`, `weights summing to 1 (within ${quote(WEIGHT_TOLERANCE)})`);
    return v;
  }
  throw new ValidationError(path, value === undefined ? 'missing' : `got ${describeBriefly(value)}`, allowed);
}

/** Checks the per-step weights `[{ op, column }, …]` (1 … MAX_STEPS steps). */
export function parseSteps(value: unknown, path: string, columnNames: readonly string[]): StepWeights[] {
  const allowed = `an array of 1 to ${MAX_STEPS} steps, each { "op": α_op over ${OPERATION_COUNT} operations, "column": α_col over ${columnNames.length} columns }`;
  if (!Array.isArray(value)) throw new ValidationError(path, value === undefined ? 'missing' : `got ${describeBriefly(value)}`, allowed);
  if (value.length < 1 || value.length > MAX_STEPS) throw new ValidationError(path, `got ${value.length} steps`, allowed);
  return value.map((s, t) => {
    const stepPath = join(path, t);
    const step = expectObject(s, stepPath);
    rejectUnknownFields(step, stepPath, PROGRAMMER_STEP_FIELDS);
    return {
      op: parseWeights(step.op, join(stepPath, 'op'), OPERATIONS),
      column: parseWeights(step.column, join(stepPath, 'column'), columnNames),
    };
  });
}

function parseQuestion(value: unknown): Question {
  return value === undefined ? { en: '', es: '' } : expectLocalizedText(value, 'question');
}

function parseProgram(value: unknown, columnNames: readonly string[]): ProgramSource {
  const program = expectObject(value, 'program');
  const kind = expectOneOf(program.kind, 'program.kind', ['hand', 'controller'] as const);
  rejectUnknownFields(program, 'program', PROGRAMMER_PROGRAM_FIELDS[kind]);
  if (kind === 'hand') return { kind, steps: parseSteps(program.steps, 'program.steps', columnNames) };
  return {
    kind,
    seed: expectNumber(program.seed, 'program.seed', { integer: true, min: 0, max: 0xffffffff }),
    steps: program.steps === undefined ? DEFAULT_CONTROLLER.steps : expectNumber(program.steps, 'program.steps', { integer: true, min: 1, max: MAX_STEPS }),
    hidden: program.hidden === undefined ? DEFAULT_CONTROLLER.hidden : expectNumber(program.hidden, 'program.hidden', { integer: true, min: 1, max: 64 }),
    sharpness: program.sharpness === undefined ? DEFAULT_CONTROLLER.sharpness : expectNumber(program.sharpness, 'program.sharpness', { min: 0, max: 100 }),
  };
}

/** Validates a parsed JSON scenario (see the README for the format). */
export function parseProgrammerScenario(value: unknown): ProgrammerScenario {
  const s = expectObject(value, '');
  expectOneOf(s.module, 'module', ['programmer'] as const);
  rejectUnknownFields(s, '', PROGRAMMER_SCENARIO_FIELDS);
  const tableValue = expectObject(s.table, 'table');
  rejectUnknownFields(tableValue, 'table', PROGRAMMER_TABLE_FIELDS);
  const table = parseTable(tableValue.rows, tableValue.columns, { rows: 'table.rows', names: 'table.columns' });
  return {
    module: 'programmer',
    table,
    question: parseQuestion(s.question),
    pivot: expectNumber(s.pivot, 'pivot'),
    program: parseProgram(s.program, table.columnNames),
  };
}

/** The weights of every step: the hand-set ones, or the controller's (run on the English question). */
export function scenarioWeights(scenario: ProgrammerScenario): StepWeights[] {
  const { program } = scenario;
  if (program.kind === 'hand') return [...program.steps];
  return [...runController(program, scenario.question.en, scenario.table.columnNames).weights];
}

/** A scenario back to its JSON form (what a file holds). */
export function scenarioToJson(scenario: ProgrammerScenario): unknown {
  const { table, program } = scenario;
  const rows = Array.from({ length: table.rows }, (_, i) => Array.from(table.data.subarray(i * table.columns, (i + 1) * table.columns)));
  return {
    module: 'programmer',
    question: scenario.question,
    pivot: scenario.pivot,
    table: { columns: [...table.columnNames], rows },
    program:
      program.kind === 'hand'
        ? { kind: 'hand', steps: program.steps.map((s) => ({ op: Array.from(s.op), column: Array.from(s.column) })) }
        : { kind: 'controller', seed: program.seed, steps: program.steps, hidden: program.hidden, sharpness: program.sharpness },
  };
}
