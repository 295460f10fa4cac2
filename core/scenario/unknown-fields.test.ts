import { describe, expect, it } from 'vitest';
import { didYouMean, fieldPath, nearNames, rejectUnknownFields, withinOneEdit } from './unknown-fields.ts';
import { validationMessage } from '../testing/validation-message.ts';

const EDIT_CASES: [string, string, boolean][] = [
  ['maxstep', 'maxSteps', true], // one deletion, ignoring case
  ['Mode', 'mode', true], // case only
  ['beat', 'beta', true], // neighbours swapped
  ['bta', 'beta', true],
  ['gamme', 'gamma', true], // one replaced
  ['eps', 'epsilon', false],
  ['abcd', 'badc', false], // two swaps
  ['ab', 'ba', true],
  ['', 'a', true],
  ['key', 'key', true],
  ['shfit', 'shift', true],
  ['keys', 'key', true],
  ['kye', 'keys', false],
];

describe('unknown fields', () => {
  it('one edit apart: Damerau–Levenshtein distance ≤ 1, case-insensitive', () => {
    for (const [a, b, near] of EDIT_CASES) {
      expect(withinOneEdit(a, b), `${a} / ${b}`).toBe(near);
      expect(withinOneEdit(b, a), `${b} / ${a}`).toBe(near);
    }
    expect(nearNames('x', ['a', 'xy', 'yy'])).toEqual(['a', 'xy']);
    expect(didYouMean('eps', ['epsilon', 'maxSteps'])).toBe('');
  });
  it('refuses the first unknown field, naming it, the allowed ones and the near one', () => {
    const allowed = ['halting', 'states', 'epsilon', 'maxSteps'];
    expect(() => rejectUnknownFields({ halting: [1], maxSteps: 3 }, '', allowed)).not.toThrow();
    expect(validationMessage(() => rejectUnknownFields({ maxstep: 1 }, '', allowed))).toBe(
      'maxstep: unknown field; allowed: only halting, states, epsilon, maxSteps; did you mean "maxSteps"?',
    );
    expect(validationMessage(() => rejectUnknownFields({ eps: 0.5 }, 'cases[2]', allowed))).toBe(
      'cases[2].eps: unknown field; allowed: only halting, states, epsilon, maxSteps',
    );
    expect(validationMessage(() => rejectUnknownFields({ Mode: 'hard' }, '', ['mode'], 'the fields mode'))).toBe(
      'Mode: unknown field; allowed: the fields mode; did you mean "mode"?',
    );
  });
  it('a key with a newline or a megabyte long stays on one short line', () => {
    expect(fieldPath('a', 'b')).toBe('a.b');
    expect(fieldPath('a', 'b c')).toBe('a["b c"]');
    const message = validationMessage(() => rejectUnknownFields({ [`x\n${'y'.repeat(1 << 20)}`]: 1 }, 'steps[0]', ['key']));
    expect(message.split('\n')).toHaveLength(1);
    expect(message.length).toBeLessThan(120);
    expect(message).toMatch(/^steps\[0\]\["x\\ny+…"\]: unknown field; allowed: only key$/);
  });
  it('leaves non-objects to the type check', () => {
    expect(() => rejectUnknownFields([1], '', [])).not.toThrow();
    expect(() => rejectUnknownFields(null, '', [])).not.toThrow();
    expect(() => rejectUnknownFields('s', '', [])).not.toThrow();
  });
});
