import { describe, expect, it } from 'vitest';
import { parseNumericCsv, transpose } from './csv.ts';

describe('parseNumericCsv', () => {
  it('reads rows of numbers with spaces, CRLF and blank lines', () => {
    expect(parseNumericCsv('0.50, 0.02\r\n1, -2e-1\n\n.5,3.\n')).toEqual([
      [0.5, 0.02],
      [1, -0.2],
      [0.5, 3],
    ]);
  });
  it('names the row and column of a bad cell', () => {
    expect(() => parseNumericCsv('1,2\n3,x', 'speech')).toThrow('speech[1][1]: got "x"; allowed: a finite decimal number');
    expect(() => parseNumericCsv('1,2\n3,', 'speech')).toThrow('speech[1][1]: got ""');
    expect(() => parseNumericCsv('1,2\n3,NaN')).toThrow('csv[1][1]');
  });
  it('rejects ragged rows and empty text', () => {
    expect(() => parseNumericCsv('1,2\n3')).toThrow('csv[1]: got 1 columns; allowed: 2 columns, as in row 0');
    expect(() => parseNumericCsv(' \n')).toThrow('csv: no rows');
  });
  it('transposes', () => {
    expect(
      transpose([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
  });
});
