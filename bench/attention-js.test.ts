import { describe, expect, it } from 'vitest';
import { attentionStep } from '#core/models/attention/reference.ts';
import { attentionBenchInput } from './attention-bench.ts';
import { float32AttentionStep } from './attention-js.ts';

describe('the plain Float32Array attention step (the benchmark baseline) computes what the float64 reference does', () => {
  for (const score of ['additive', 'dot', 'general'] as const) {
    it(`${score}, T = 1,024, D = 64, masked`, () => {
      const input = attentionBenchInput(score, 7);
      const step = float32AttentionStep(input);
      step.run();
      step.run(); // a second run starts from the same state
      const want = attentionStep(input);
      want.weights.forEach((w, j) => expect(Math.abs(step.weights[j]! - w)).toBeLessThan(1e-6));
      want.context.forEach((c, d) => expect(Math.abs(step.context[d]! - c)).toBeLessThan(1e-5));
      expect(step.weights[3]).toBe(0);
    });
  }
});
