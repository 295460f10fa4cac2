import { describe, expect, it } from 'vitest';
import { ValidationError } from '#core/scenario/validate.ts';
import { problemOf } from './param-problem.ts';

describe('problemOf', () => {
  it('keeps a ValidationError’s path, problem and allowed values', () => {
    expect(problemOf(new ValidationError('halting[2]', 'must be in [0, 1]', '0 … 1'), 'halting')).toEqual({
      path: 'halting[2]',
      problem: 'must be in [0, 1]',
      allowed: '0 … 1',
    });
  });
  it('places a ValidationError without a path at the edited field', () => {
    expect(problemOf(new ValidationError('', 'never halts', 'x'), 'epsilon').path).toBe('epsilon');
  });
  it('turns any other error (or thrown value) into a problem of the edited field', () => {
    expect(problemOf(new Error('boom'), 'seed')).toEqual({ path: 'seed', problem: 'boom', allowed: '' });
    expect(problemOf('odd', 'seed')).toEqual({ path: 'seed', problem: 'odd', allowed: '' });
  });
});
