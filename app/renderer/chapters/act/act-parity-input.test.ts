import { describe, expect, it } from 'vitest';
import { ValidationError } from '#core/scenario/validate.ts';
import { messages } from '#app/shared/i18n/i18n.ts';
import { MAX_PARITY_INPUTS, formatParityVectors, parseParityVectors } from './act-parity-input.ts';

const refusal = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e.message;
    throw e;
  }
  throw new Error('not refused');
};

describe('typed parity inputs', () => {
  it('reads inputs separated by ";", "|" or new lines, entries by spaces or commas, with − or - and an optional +', () => {
    expect(parseParityVectors('1 0 -1 0; 0 0 0 +1 | −1,1,0,0\n0 0 0 0', 'inputs', 4)).toEqual([
      [1, 0, -1, 0],
      [0, 0, 0, 1],
      [-1, 1, 0, 0],
      [0, 0, 0, 0],
    ]);
  });
  it('formats what it reads, and reads what it formats', () => {
    const rows = [
      [1, 0, -1, 0, 0, 0, 0, 1],
      [0, -1, 0, 0, 0, 0, 0, 0],
    ];
    const text = formatParityVectors(rows);
    expect(text).toBe('1 0 −1 0 0 0 0 1; 0 −1 0 0 0 0 0 0');
    expect(parseParityVectors(text, 'inputs', 8)).toEqual(rows);
  });
  it('refuses a bad entry, a wrong length, no input or too many, naming the input and what is allowed', () => {
    expect(refusal(() => parseParityVectors('1 0 2 0', 'inputs', 4))).toBe('inputs: input 1: got "1 0 2 0"; allowed: 4 entries −1, 0 or 1 separated by spaces');
    expect(refusal(() => parseParityVectors('1 0 0 0; 1 0 0', 'inputs', 4))).toMatch(/^inputs: input 2: got "1 0 0"/);
    expect(refusal(() => parseParityVectors('1 0 0.5 0', 'inputs', 4))).toMatch(/input 1/);
    expect(refusal(() => parseParityVectors(' ; ', 'inputs', 4))).toMatch(/^inputs: got 0 inputs; allowed: 1 to 16 inputs of 4 entries/);
    const many = Array.from({ length: MAX_PARITY_INPUTS + 1 }, () => '0 0 0 1').join(';');
    expect(refusal(() => parseParityVectors(many, 'inputs', 4))).toMatch(/got 17 inputs/);
    expect(refusal(() => parseParityVectors(3, 'inputs', 4))).toMatch(/^inputs: not text/);
  });
  it('says so in Spanish with the Spanish words', () => {
    expect(refusal(() => parseParityVectors('1 x 0 0', 'entradas', 4, messages('es').act.parityVector))).toBe(
      'entradas: entrada 1: «1 x 0 0»; allowed: 4 valores −1, 0 o 1 separados por espacios',
    );
  });
});
