import { describe, expect, it } from 'vitest';
import { ValidationError } from '#core/scenario/validate.ts';
import { computeCommands } from '../compute-registry.ts';
import { computeAttention } from './compute-attention.ts';

describe('the compute attention command object', () => {
  it('is registered under "attention"', () => {
    expect(computeCommands.filter((c) => c.module === 'attention')).toEqual([computeAttention]);
  });
  it('parses a case and computes it on the reference', () => {
    const out = computeAttention.computeCpu(computeAttention.parseCase({ score: 'dot', query: [0], keys: [[1], [2], [3]], mask: [true, false, true] }));
    expect(out).toEqual({ scores: [0, null, 0], weights: [0.5, 0, 0.5], context: [2] });
  });
  it('throws a ValidationError whose path is relative to the case', () => {
    try {
      computeAttention.parseCase({ score: 'general', query: [1], keys: [[1]] });
      expect.fail('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).path).toBe('W');
    }
  });
});
