/**
 * The `atenea compute programmer` contract (README, "compute programmer"): a table, a pivot and per-step
 * α_op and α_col in; per-step scalar, row selector and lookup out, for soft and/or hard evaluation.
 *
 * Case:   { "table": [[x, …], …], "columns"?: ["X", …], "pivot": p,
 *           "steps": [{ "op": α_op, "column": α_col }, …], "mode"?: "soft" | "hard" | "both" }
 * Result: { "soft"?: [{ "scalar": s, "rowSelector": [M], "lookup": [[C] × M] }, …T],
 *           "hard"?: [ …the same… ] }
 */
import { rejectUnknownFields } from '../../scenario/unknown-fields.ts';
import { expectNumber, expectObject, expectOneOf } from '../../scenario/validate.ts';
import { parseSteps, parseTable } from './scenario.ts';
import type { EvaluationMode, ProgramInput, StepOutputs } from './types.ts';

/** A validated `compute programmer` case. */
export interface ProgrammerCase {
  readonly input: ProgramInput;
  /** Which evaluations to return, in this order. */
  readonly modes: readonly EvaluationMode[];
}

/** One step of a result, JSON-ready. */
export interface ProgrammerStepJson {
  readonly scalar: number;
  readonly rowSelector: number[];
  /** M rows of C numbers. */
  readonly lookup: number[][];
}

/** A `compute programmer` result, JSON-ready. */
export interface ProgrammerOutput {
  readonly soft?: ProgrammerStepJson[];
  readonly hard?: ProgrammerStepJson[];
}

const MODES = ['soft', 'hard', 'both'] as const;
/** The fields of a `compute programmer` case. */
export const PROGRAMMER_CASE_FIELDS = ['table', 'columns', 'pivot', 'steps', 'mode'] as const;

/** Validates one case (paths relative to the case: `table[3]`, `steps[1].op`, …). */
export function parseProgrammerCase(value: unknown): ProgrammerCase {
  const c = expectObject(value, '');
  rejectUnknownFields(c, '', PROGRAMMER_CASE_FIELDS);
  const table = parseTable(c.table, c.columns, { rows: 'table', names: 'columns' });
  const pivot = expectNumber(c.pivot, 'pivot');
  const steps = parseSteps(c.steps, 'steps', table.columnNames);
  const mode = c.mode === undefined ? 'both' : expectOneOf(c.mode, 'mode', MODES);
  return { input: { table, pivot, steps }, modes: mode === 'both' ? ['soft', 'hard'] : [mode] };
}

/** One step's outputs as JSON: the lookup split into rows. */
export function stepToJson(step: StepOutputs, columns: number): ProgrammerStepJson {
  const rows = step.rowSelector.length;
  return {
    scalar: step.scalar,
    rowSelector: Array.from(step.rowSelector),
    lookup: Array.from({ length: rows }, (_, i) => Array.from(step.lookup.subarray(i * columns, (i + 1) * columns))),
  };
}

/** Assembles a result from the outputs of each requested mode. */
export function toProgrammerOutput(c: ProgrammerCase, outputs: Readonly<Partial<Record<EvaluationMode, readonly StepOutputs[]>>>): ProgrammerOutput {
  const result: { soft?: ProgrammerStepJson[]; hard?: ProgrammerStepJson[] } = {};
  for (const mode of c.modes) result[mode] = (outputs[mode] ?? []).map((s) => stepToJson(s, c.input.table.columns));
  return result;
}
