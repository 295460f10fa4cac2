/**
 * The one way every chapter applies an edited parameter, from its table (param-table.ts): a name that is not in
 * the table is "not a parameter", one that does not apply to the preset gets the chapter's refusal, then the row's
 * own rule and the table's whole-scenario check run; the result is the new parameters or the problem shown beside
 * the field (param-problem.ts), worded in the UI language where the words are the app's own.
 */
import { ValidationError } from '#core/scenario/validate.ts';
import { messages, type Language } from '../../shared/i18n/i18n.ts';
import type { ParamProblem, ParamValue, Parameters } from '../state/scenario-slice.ts';
import { problemOf } from './param-problem.ts';
import type { ParamTable } from './param-table.ts';

/** The result of an edit: the new parameters, or the problem to show beside the field. */
export type ApplyResult = { parameters: Parameters } | { problem: ParamProblem };

/** Applies one edited parameter of a chapter (see the file comment for the order of the checks). */
export function applyParameter(
  table: ParamTable,
  preset: string,
  name: string,
  value: ParamValue,
  current: Parameters,
  language: Language = 'en',
): ApplyResult {
  const m = messages(language);
  try {
    const row = table.rows.find((r) => r.name === name);
    if (!row) throw new ValidationError(name, m.params.notParameter, table.rows.map((r) => r.name).join(', '));
    if (row.appliesTo && !row.appliesTo.presets(preset)) {
      const refusal = row.appliesTo.refusal(m);
      throw new ValidationError(name, refusal.problem, refusal.allowed);
    }
    const context = { preset, current, messages: m };
    const kept = row.rule ? row.rule(value, name, context) : value;
    const next: Record<string, ParamValue> = { ...current, [name]: Array.isArray(kept) ? [...kept] : kept };
    return { parameters: table.settle(name, next, context) };
  } catch (error) {
    return { problem: problemOf(error, name) };
  }
}

/** {@link applyParameter} bound to one chapter's table, with the `Chapter.applyParameter` signature. */
export function applierOf(table: ParamTable): (preset: string, name: string, value: ParamValue, current: Parameters, language?: Language) => ApplyResult {
  return (preset, name, value, current, language = 'en') => applyParameter(table, preset, name, value, current, language);
}
