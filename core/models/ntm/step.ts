/**
 * One complete NTM head step in float64: address (NTM eqs. 5–9), read (eq. 2), write (eqs. 3–4).
 * This is the reference every other backend (the WebGPU engine) is tested against.
 */
import { contentAddressing, interpolate, sharpen, shiftWeights } from './addressing.ts';
import { eraseAddWrite, readMemory } from './memory.ts';
import type { NtmStepInput, NtmStepResult, NtmStepper } from './types.ts';

/**
 * Runs every stage of one step and returns them all: similarity and w_c (eqs. 5–6), w_g (eq. 7), w̃ (eq. 8),
 * w (eq. 9), the read vector r = Σ_i w(i) M_i (eq. 2) and the memory after the erase/add write (eqs. 3–4).
 * Read and write both use the final weights w and the memory as it was before the write.
 * Inputs are assumed valid (see `parseNtmStepInput`); mismatched lengths throw a RangeError.
 */
export function ntmStep(input: NtmStepInput): NtmStepResult {
  const { memory } = input;
  if (input.previousWeights.length !== memory.rows) {
    throw new RangeError(`previousWeights has length ${input.previousWeights.length}, memory has ${memory.rows} rows`);
  }
  const { similarity, weights: contentWeights } = contentAddressing(memory, input.key, input.beta);
  const gatedWeights = interpolate(contentWeights, input.previousWeights, input.gate);
  const shiftedWeights = shiftWeights(gatedWeights, input.shift);
  const weights = sharpen(shiftedWeights, input.gamma);
  const readVector = readMemory(memory, weights);
  const memoryAfterWrite = eraseAddWrite(memory, weights, input.erase, input.add);
  return { similarity, contentWeights, gatedWeights, shiftedWeights, weights, readVector, memoryAfterWrite };
}

/** The float64 reference as an {@link NtmStepper}: `step` resolves to {@link ntmStep}'s result. */
export const cpuStepper: NtmStepper = Object.freeze({
  backend: 'cpu' as const,
  step: (input: NtmStepInput): Promise<NtmStepResult> => Promise.resolve(ntmStep(input)),
});
