/**
 * The scenario slice: which module and preset are shown, the parameters as the user typed them (plain JSON
 * values), and the last validation failure per parameter. The parameters that produced the trace on screen
 * are kept apart (`appliedParameters`) so a refused value never replaces them.
 */
import type { ModuleId } from '#core/trace/trace.ts';

/** A parameter value: a number, a list of numbers or a choice's name (plain JSON, so the store stays serialisable). */
export type ParamValue = number | string | readonly number[];
/** A module's parameters by name. */
export type Parameters = Readonly<Record<string, ParamValue>>;

/** A refused value, in the words of core/scenario/validate.ts (path, problem, allowed). */
export interface ParamProblem {
  readonly path: string;
  readonly problem: string;
  readonly allowed: string;
}

/** State of the scenario slice. */
export interface ScenarioSlice {
  readonly module: ModuleId;
  readonly preset: string;
  /** The parameters of the trace on screen (always valid). */
  readonly appliedParameters: Parameters;
  /** Problems by parameter name; empty when everything typed was accepted. */
  readonly problems: Readonly<Record<string, ParamProblem>>;
}

/** The initial scenario: the NTM lookup preset (its parameters arrive with the first trace). */
export const initialScenario: ScenarioSlice = { module: 'ntm', preset: 'lookup', appliedParameters: {}, problems: {} };
