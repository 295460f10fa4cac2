/**
 * The JSON contract of `atenea compute act` (README "`compute act`"):
 *
 * ```
 * input:  {"halting": [h¹, h², …], "states": [[D] per ponder step], "epsilon": number, "maxSteps": number}
 * output: {"steps": N, "probabilities": [p¹ … pᴺ], "remainder": R, "ponderCost": ρ, "state": [D]}
 * ```
 * It uses the halting values and states given (no cell). `epsilon` and `maxSteps` may be left out (0.01 and
 * 100). Bad input: too few halting values to reach a decision, fewer states than N, h outside [0, 1],
 * ε outside [0, 1), maxSteps not an integer ≥ 1. Values and states past N are ignored.
 */
import { rejectUnknownFields } from '../../scenario/unknown-fields.ts';
import { expectObject } from '../../scenario/validate.ts';
import { decideHalting } from './halting.ts';
import { parseEpsilon, parseGivenStep, parseMaxSteps } from './scenario.ts';
import type { HaltingDecision } from './types.ts';

/** A validated case. */
export interface ActCase {
  readonly halting: number[];
  readonly states: number[][];
  readonly epsilon: number;
  readonly maxSteps: number;
}

/** The command's output for one case. */
export interface ActOutput {
  readonly steps: number;
  readonly probabilities: number[];
  readonly remainder: number;
  readonly ponderCost: number;
  readonly state: number[];
}

/** The fields of a `compute act` case. */
export const ACT_CASE_FIELDS = ['halting', 'states', 'epsilon', 'maxSteps'] as const;

/** Validates one case (paths relative to the case: `halting[2]`, `states`, `epsilon`, `maxSteps`). */
export function parseActCase(value: unknown): ActCase {
  const object = expectObject(value, '');
  rejectUnknownFields(object, '', ACT_CASE_FIELDS);
  const epsilon = parseEpsilon(object.epsilon, 'epsilon');
  const maxSteps = parseMaxSteps(object.maxSteps, 'maxSteps');
  const { step } = parseGivenStep({ halting: object.halting, states: object.states }, '', epsilon, maxSteps);
  return { halting: step.halting, states: step.states, epsilon, maxSteps };
}

/** The halting decision of a validated case (always reached: parseActCase checked it). */
export function actCaseDecision(input: ActCase): HaltingDecision {
  const d = decideHalting(input.halting, input.epsilon, input.maxSteps);
  if (!d) throw new RangeError('actCaseDecision: the case does not reach a decision (parse it with parseActCase)');
  return d;
}

/** The output object from a decision and the combined state. */
export function toActOutput(decision: HaltingDecision, state: ArrayLike<number>): ActOutput {
  return {
    steps: decision.steps,
    probabilities: decision.probabilities,
    remainder: decision.remainder,
    ponderCost: decision.ponderCost,
    state: Array.from(state),
  };
}
