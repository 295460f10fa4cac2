import { describe, expect, it } from 'vitest';
import { randomNtmInput } from '#core/gpu/ntm/ntm-test-cases.ts';
import { ntmStep } from '#core/models/ntm/step.ts';
import { ntmF32State, ntmF32Step } from './ntm-f32-step.ts';

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
  return worst;
}

describe('the Float32Array baseline of the NTM benchmark', () => {
  it('matches the float64 reference over three chained steps', () => {
    for (const [rows, columns, shiftWidth] of [
      [1, 3, 3],
      [7, 5, 5],
      [300, 20, 3],
    ] as const) {
      let input = randomNtmInput({ rows, columns, shiftWidth, seed: rows });
      const s = ntmF32State(input);
      for (let t = 0; t < 3; t++) {
        const ref = ntmStep(input);
        ntmF32Step(s);
        expect(maxDiff(s.weights, ref.weights), `weights at step ${t}`).toBeLessThan(1e-5);
        expect(maxDiff(s.read, ref.readVector), `read at step ${t}`).toBeLessThan(1e-5);
        expect(maxDiff(s.memory, ref.memoryAfterWrite.data), `memory at step ${t}`).toBeLessThan(1e-5);
        input = { ...input, memory: ref.memoryAfterWrite, previousWeights: ref.weights };
      }
    }
  });
});
