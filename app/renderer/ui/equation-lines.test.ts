import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { breakableTex, equationLines } from './equation-lines.ts';

describe('equation lines', () => {
  it('makes each aligned row a line, keeping nested environments and dropping only the top-level &', () => {
    const tex =
      '\\begin{aligned} m(p) &= \\begin{cases} 1 & d(p) \\le r \\\\ 0 & d(p) > r \\end{cases} \\\\ &= \\left[0{,}1,\\ 0{,}2\\right] \\\\ s &= 1 + 2 \\end{aligned}';
    expect(equationLines(tex)).toEqual([
      'm(p) = \\begin{cases} 1 & d(p) \\le r \\\\ 0 & d(p) > r \\end{cases}',
      '= [0{,}1,\\ \\allowbreak 0{,}2]',
      's = 1 + 2',
    ]);
    for (const line of equationLines(tex)) expect(() => katex.renderToString(`\\displaystyle ${line}`, { throwOnError: true })).not.toThrow();
  });
  it('gives an equation without rows one breakable line (brackets plain, a break after each comma)', () => {
    expect(equationLines('q_1 = \\left(a,\\ b\\right)')).toEqual(['q_1 = (a,\\ \\allowbreak b)']);
    expect(breakableTex(breakableTex('x = \\left[1,\\ 2\\right]'))).toBe('x = [1,\\ \\allowbreak 2]');
  });
});
