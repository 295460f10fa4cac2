import { describe, expect, it } from 'vitest';
import { expectDistribution, expectMatrix, expectNumber, expectOneOf, expectVector, quote } from './validate.ts';
import { validationMessage } from '../testing/validation-message.ts';

const messageOf = validationMessage;

describe('validation messages name the field and what is allowed', () => {
  it('numbers', () => {
    expect(expectNumber(0.5, 'gate', { min: 0, max: 1 })).toBe(0.5);
    expect(messageOf(() => expectNumber(2, 'cases[1].gate', { min: 0, max: 1 }))).toBe('cases[1].gate: got 2; allowed: a finite number in [0, 1]');
    expect(messageOf(() => expectNumber(Number.NaN, 'beta', { min: 0 }))).toBe('beta: got a value that is not a number; allowed: a finite number ≥ 0');
    expect(messageOf(() => expectNumber(undefined, 'gamma', { min: 1 }))).toBe('gamma: missing; allowed: a finite number ≥ 1');
    expect(messageOf(() => expectNumber(1.5, 'n', { min: 1, integer: true }))).toBe('n: got 1.5; allowed: an integer ≥ 1');
    expect(messageOf(() => expectNumber(0, 'eps', { min: 0, max: 1, maxExclusive: true, minExclusive: true }))).toContain('(0, 1)');
  });
  it('vectors and matrices', () => {
    expect(expectVector([1, 2], 'key', { length: 2 })).toEqual([1, 2]);
    expect(messageOf(() => expectVector([1, 2, 3], 'key', { length: 2 }))).toBe('key: got length 3; allowed: an array of length 2 of finite numbers');
    expect(messageOf(() => expectVector([1, Infinity], 'key'))).toBe('key[1]: got Infinity; allowed: a finite number');
    expect(messageOf(() => expectVector([1], 'w', { length: 2, min: 0 }))).toBe('w: got length 1; allowed: an array of length 2 of finite numbers ≥ 0');
    expect(messageOf(() => expectVector([1], 'n', { length: 2, integer: true, min: 1 }))).toBe(
      'n: got length 1; allowed: an array of length 2 of integers ≥ 1',
    );
    expect(messageOf(() => expectMatrix([[1, 2], [3]], 'memory'))).toBe('memory[1]: got length 1; allowed: an array of length 2 of finite numbers');
    expect(messageOf(() => expectMatrix('x', 'memory'))).toContain('memory: got the string "x"');
  });
  it('distributions and choices', () => {
    expect(expectDistribution([0.25, 0.75], 'shift')).toEqual([0.25, 0.75]);
    expect(messageOf(() => expectDistribution([0.5, 0.6], 'shift'))).toContain('shift: sums to 1.1');
    expect(expectOneOf('dot', 'score', ['dot', 'general'] as const)).toBe('dot');
    expect(messageOf(() => expectOneOf('cosine', 'score', ['dot', 'general'] as const))).toBe(
      'score: got the string "cosine"; allowed: one of "dot", "general"',
    );
  });
});

describe('numbers quoted in messages', () => {
  it('integers exactly, others with at most 6 significant digits, NaN in words', () => {
    expect(quote(0.1 + 0.2 + 0.3)).toBe('0.6');
    expect(quote(1_000_000_000)).toBe('1000000000');
    expect(quote(0.000001)).toBe('0.000001');
    expect(quote(2 / 3)).toBe('0.666667');
    expect(quote(Number.NaN)).toBe('a value that is not a number');
    expect(messageOf(() => expectDistribution([0.1, 0.2, 0.3], 'shift'))).toContain('sums to 0.6;');
  });
});
