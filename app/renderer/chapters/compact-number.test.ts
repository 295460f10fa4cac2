import { describe, expect, it } from 'vitest';
import { compactNumber } from './compact-number.ts';

describe('compactNumber', () => {
  it('drops trailing zeros and zeros themselves, keeps two decimals at most, with a true minus', () => {
    expect(['es', 'en'].map((l) => [1, 0.5, 0.25, -0.25, 0.001, -0.004, 0.999, 0.305].map((x) => compactNumber(l as 'es', x)))).toEqual([
      ['1', '0,5', '0,25', '−0,25', '', '', '1', '0,31'],
      ['1', '0.5', '0.25', '−0.25', '', '', '1', '0.31'],
    ]);
  });
});
