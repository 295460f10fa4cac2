/**
 * The one way a chapter's `applyParameter` turns what it caught into the problem shown beside a field: a core
 * {@link ValidationError} keeps its path, problem and allowed values (core/scenario/validate.ts); anything else
 * becomes a problem of the edited field with its message and no allowed values.
 */
import { ValidationError } from '#core/scenario/validate.ts';
import type { ParamProblem } from '../state/scenario-slice.ts';

/** The {@link ParamProblem} of `error`, placed at its own path or, when it has none, at `fallbackPath`. */
export function problemOf(error: unknown, fallbackPath: string): ParamProblem {
  if (error instanceof ValidationError) return { path: error.path || fallbackPath, problem: error.problem, allowed: error.allowed };
  return { path: fallbackPath, problem: error instanceof Error ? error.message : String(error), allowed: '' };
}
