import { describe, expect, it } from 'vitest';
import { parseAttentionCase, toAttentionOutput } from './contract.ts';
import { attentionStep } from './reference.ts';

const run = (c: unknown) => {
  const input = parseAttentionCase(c);
  return toAttentionOutput(attentionStep(input), input.mask);
};
const message = (c: unknown): string => {
  try {
    parseAttentionCase(c);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('compute attention contract', () => {
  it('dot with a mask: null scores and zero weights where masked; values default to keys', () => {
    const out = run({
      score: 'dot',
      query: [1, 0],
      keys: [
        [1, 0],
        [0, 1],
        [5, 5],
      ],
      mask: [true, true, false],
    });
    expect(out.scores).toEqual([1, 0, null]);
    expect(out.weights[2]).toBe(0);
    expect(out.weights[0]).toBeCloseTo(Math.E / (Math.E + 1), 15);
    expect(out.context[0]).toBeCloseTo(Math.E / (Math.E + 1), 15);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });
  it('general and additive with values of another width', () => {
    const g = run({
      score: 'general',
      query: [1, 2],
      keys: [[1, 1, 1]],
      values: [[4]],
      W: [
        [1, 2, 0],
        [0, 1, 3],
      ],
    });
    expect(g).toEqual({ scores: [11], weights: [1], context: [4] });
    const a = run({
      score: 'additive',
      query: [0.25],
      keys: [
        [1, 1],
        [0, -1],
      ],
      W: [[1], [-1]],
      U: [
        [1, 0],
        [0, 2],
      ],
      v: [2, 3],
      b: [0.5, 0],
      bv: -1,
    });
    expect(a.scores[0]).toBeCloseTo(2 * Math.tanh(1.75) + 3 * Math.tanh(1.75) - 1, 14);
    const noBias = run({ score: 'additive', query: [0.25], keys: [[1, 1]], W: [[1]], U: [[1, 0]], v: [2] });
    expect(noBias.scores[0]).toBeCloseTo(2 * Math.tanh(1.25), 15);
  });
  it('names the field and what is allowed for every bad input', () => {
    expect(message([])).toBe('input: got an array of length 0; allowed: a JSON object');
    expect(message({ score: 'cosine', query: [1], keys: [[1]] })).toBe('score: got the string "cosine"; allowed: one of "dot", "general", "additive"');
    expect(message({ score: 'dot', query: [1, 2], keys: [[1]] })).toBe('query: got length 2; allowed: an array of length 1 of finite numbers');
    expect(message({ score: 'dot', query: [1], keys: [] })).toContain('keys: got 0 rows');
    expect(message({ score: 'dot', query: [1], keys: [[1], [1, 2]] })).toContain('keys[1]: got length 2');
    expect(message({ score: 'dot', query: [1], keys: [[1]], values: [[1], [2]] })).toContain('values: got 2 rows; allowed: an array of 1 rows');
    expect(message({ score: 'dot', query: [1], keys: [[1], [2]], mask: [false, false] })).toBe(
      'mask: every position is masked; allowed: an array of 2 booleans (true = attend) with at least one true',
    );
    expect(message({ score: 'dot', query: [1], keys: [[1]], mask: [1] })).toBe('mask[0]: got 1; allowed: true or false');
    expect(message({ score: 'dot', query: [1], keys: [[1]], mask: [true, true] })).toContain('mask: got length 2');
    expect(message({ score: 'dot', query: [1], keys: [[1]], W: [[1]] })).toBe('W: not used by score "dot"; allowed: only with score "general" or "additive"');
    expect(message({ score: 'general', query: [1, 2], keys: [[1, 2, 3]], W: [[1, 2, 3]] })).toContain(
      'W: got 1 rows; allowed: an array of 2 rows of 3 numbers',
    );
    expect(message({ score: 'additive', query: [1], keys: [[1, 2]], W: [[1], [2]], U: [[1, 2]], v: [1, 1] })).toContain(
      'U: got 1 rows; allowed: an array of 2 rows of 2 numbers',
    );
    expect(message({ score: 'additive', query: [1], keys: [[1, 2]], W: [[1]], U: [[1, 2]], v: [1, 1] })).toContain('v: got length 2');
    expect(message({ score: 'additive', query: [1], keys: [[1, 2]], W: [[1]], U: [[1, 2]], v: [1], bv: 'x' })).toContain('bv: got the string "x"');
    expect(message({ score: 'additive', query: [1], keys: [[1, 2]], W: [[1]], U: [[1, 2]] })).toContain('v: missing');
    expect(message({ score: 'dot', query: [1], keys: [[1]], extra: 1 })).toBe(
      'extra: unknown field; allowed: the fields score, query, keys, values, W, U, v, b, bv, mask',
    );
    expect(message({ score: 'dot', query: [Number.NaN], keys: [[1]] })).toContain('query[0]');
  });
});
