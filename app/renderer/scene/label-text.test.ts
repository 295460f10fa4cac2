import { describe, expect, it } from 'vitest';
import { LABEL_FONT_PX, SUB_DROP, SUB_SCALE, labelCanvas, labelRuns, layoutLabel } from './label-text.ts';

describe('label text layout', () => {
  it('turns _x, _{…} and _(…) into subscript runs and keeps the rest as written', () => {
    expect(labelRuns('w_c')).toEqual([
      { text: 'w', sub: false },
      { text: 'c', sub: true },
    ]);
    expect(labelRuns('filas rs_t')).toEqual([
      { text: 'filas rs', sub: false },
      { text: 't', sub: true },
    ]);
    expect(labelRuns('rs_{t−1}')).toEqual([
      { text: 'rs', sub: false },
      { text: 't−1', sub: true },
    ]);
    expect(labelRuns('c_9 = Σ α_17j h_j')).toEqual([
      { text: 'c', sub: false },
      { text: '9', sub: true },
      { text: ' = Σ α', sub: false },
      { text: '17j', sub: true },
      { text: ' h', sub: false },
      { text: 'j', sub: true },
    ]);
    expect(labelRuns('w_prev(3)')).toEqual([
      { text: 'w', sub: false },
      { text: 'prev', sub: true },
      { text: '(3)', sub: false },
    ]);
    expect(labelRuns('rs_(t−1)').map((r) => r.text)).toEqual(['rs', '(t−1)']);
    expect(labelRuns('plain 1,5')).toEqual([{ text: 'plain 1,5', sub: false }]);
    // An underscore that starts no subscript stays (the "no raw _" test over the chapters' labels catches it).
    expect(labelRuns('a_ b_{c')).toEqual([{ text: 'a_ b_{c', sub: false }]);
  });
  it('places subscripts smaller and lowered, after the text before them', () => {
    const measure = (run: string, px: number) => run.length * px * 0.5;
    const { runs, width } = layoutLabel('w_c = 1', 100, measure);
    expect(runs.map((r) => [r.text, r.x, r.fontPx, r.dy])).toEqual([
      ['w', 0, 100, 0],
      ['c', 50, 100 * SUB_SCALE, 100 * SUB_DROP],
      [' = 1', 50 + 50 * SUB_SCALE, 100, 0],
    ]);
    expect(width).toBeCloseTo(50 + 50 * SUB_SCALE + 200, 9);
  });
  it('pads the canvas and gives the share of its height the type takes', () => {
    expect(labelCanvas(100, false)).toEqual({
      width: Math.ceil(100 + 2 * LABEL_FONT_PX * 0.08),
      height: Math.ceil(LABEL_FONT_PX * 1.3),
      pad: LABEL_FONT_PX * 0.08,
      fontShare: LABEL_FONT_PX / Math.ceil(LABEL_FONT_PX * 1.3),
    });
    expect(labelCanvas(100, true).fontShare).toBeCloseTo(1 / 1.5, 2);
  });
});
