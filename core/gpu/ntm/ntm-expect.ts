/**
 * Test helpers of the NTM engine's GPU tests: the float64 reference of a step for either write, and a stage-by-stage
 * comparison that names the stage and index of the worst difference.
 */
import { expect } from 'vitest';
import { simplifiedWrite } from '../../models/ntm/memory.ts';
import { ntmStep } from '../../models/ntm/step.ts';
import type { NtmStepInput, NtmStepResult } from '../../models/ntm/types.ts';

/** The engine must match the float64 reference within this, stage by stage. */
export const NTM_TOLERANCE = 1e-5;

const STAGES = ['similarity', 'contentWeights', 'gatedWeights', 'shiftedWeights', 'weights', 'readVector'] as const;

/** Largest |gpu − ref| of each stage; throws naming the stage and index when over the tolerance or not finite. */
export function expectNtmClose(gpu: NtmStepResult, ref: NtmStepResult, tolerance = NTM_TOLERANCE): void {
  const check = (name: string, a: ArrayLike<number>, b: ArrayLike<number>): void => {
    expect(a.length, `${name} length`).toBe(b.length);
    let worst = 0;
    let at = -1;
    for (let i = 0; i < a.length; i++) {
      const d = Math.abs(a[i]! - b[i]!);
      if (!(d <= worst)) {
        worst = d;
        at = i;
      }
    }
    if (!(worst <= tolerance)) throw new Error(`${name}[${at}]: gpu ${a[at]} vs reference ${b[at]} (|Δ| = ${worst} > ${tolerance})`);
  };
  for (const s of STAGES) check(s, gpu[s], ref[s]);
  check('memoryAfterWrite', gpu.memoryAfterWrite.data, ref.memoryAfterWrite.data);
}

/** The float64 reference step with the erase/add write (NTM eqs. 3–4) or the lecture's simplified write. */
export function ntmReference(input: NtmStepInput, write: 'erase-add' | 'simplified'): NtmStepResult {
  const ref = ntmStep(input);
  return write === 'erase-add' ? ref : { ...ref, memoryAfterWrite: simplifiedWrite(input.memory, ref.weights, input.add) };
}
