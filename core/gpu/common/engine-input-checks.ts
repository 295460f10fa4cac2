/**
 * Each GPU engine's input check: the float32 rule of ./float32-range.ts applied to the fields of its input,
 * named as the `compute` cases name them. The engines call these before uploading anything; `atenea compute
 * --backend webgpu` calls them per case first, so a refusal names the case. Pure (no GPU needed).
 */
import type { AttentionSequenceInput } from '../../models/attention/types.ts';
import type { NtmStepInput } from '../../models/ntm/types.ts';
import type { ProgramInput } from '../../models/programmer/types.ts';
import { expectFloat32Number, expectFloat32Values } from './float32-range.ts';

/**
 * Refuses a step input the float32 kernels cannot compute right (core/gpu/common/float32-range.ts), naming the
 * field as `compute ntm` does (`memory[2][0]`, `key[1]`, `beta`, …).
 */
export function checkNtmInputFloat32(input: NtmStepInput): void {
  // The memory and the weights may come from the step before (a scenario), where float32 flushes tiny
  // values as it should; only their magnitude is held. The gate, shift and erase lie in [0, 1].
  expectFloat32Values(input.memory.data, 'memory', input.memory.columns, 'magnitude');
  expectFloat32Values(input.key, 'key');
  expectFloat32Number(input.beta, 'beta');
  expectFloat32Number(input.gamma, 'gamma');
  expectFloat32Values(input.previousWeights, 'previousWeights', undefined, 'magnitude');
  expectFloat32Values(input.add, 'add');
}

/**
 * Refuses an input the float32 kernels cannot compute right (core/gpu/common/float32-range.ts), naming the
 * field as the contract does; `queries` names the query rows (`query` for one step).
 */
export function checkAttentionInputFloat32(input: AttentionSequenceInput, queries = 'queries'): void {
  expectFloat32Values(input.queries.data, queries, queries === 'query' ? undefined : input.queries.columns);
  expectFloat32Values(input.keys.data, 'keys', input.keys.columns);
  expectFloat32Values(input.values.data, 'values', input.values.columns);
  if (input.score === 'dot') return;
  expectFloat32Values(input.W.data, 'W', input.W.columns);
  if (input.score === 'general') return;
  expectFloat32Values(input.U.data, 'U', input.U.columns);
  expectFloat32Values(input.v, 'v');
  expectFloat32Values(input.b, 'b');
  expectFloat32Number(input.bv, 'bv');
}

/**
 * Refuses a table or pivot the float32 kernels cannot compute right (core/gpu/common/float32-range.ts), naming
 * the field as `compute programmer` does (`table[3][1]`, `pivot`).
 */
export function checkProgrammerInputFloat32(input: ProgramInput): void {
  expectFloat32Values(input.table.data, 'table', input.table.columns);
  expectFloat32Number(input.pivot, 'pivot');
}

/**
 * Refuses states or outputs the float32 kernels cannot compute right (core/gpu/common/float32-range.ts), named
 * `states[n][d]` / `outputs[n][d]`, prefixed by `path` (e.g. `steps[2]`) when given. The probabilities are the
 * CPU's halting decision, in [0, 1], and are not checked; states are only summed (never squared), so only their
 * magnitude is held.
 */
export function checkActInputFloat32(
  input: { readonly states: readonly ArrayLike<number>[]; readonly outputs?: readonly ArrayLike<number>[] },
  path = '',
): void {
  const prefix = path ? `${path}.` : '';
  input.states.forEach((row, n) => expectFloat32Values(row, `${prefix}states[${n}]`, undefined, 'magnitude'));
  input.outputs?.forEach((row, n) => expectFloat32Values(row, `${prefix}outputs[${n}]`, undefined, 'magnitude'));
}
