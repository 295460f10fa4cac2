import { describe, expect, it } from 'vitest';
import { actPresets } from '../../../../core/models/act/presets.ts';
import { runActScenario } from '../../../../core/models/act/run.ts';
import { COLUMN_WIDTH, actLayout, boardBounds, budgetBar, columnBounds, rowY, stackTop } from './act-layout.ts';

const trace = (id: string) => runActScenario(actPresets.find((p) => p.id === id)!.scenario);

describe('ACT layout', () => {
  it('One step: four full-height rows, the budget bar above them, everything inside the column framing', () => {
    const L = actLayout(trace('one-step'));
    expect(L).toMatchObject({ steps: 1, ponderSteps: [4], maxPonder: 4, stateSize: 3, outputSize: 2, rowHeight: 1 });
    expect(rowY(L, 4)).toBe(3.5);
    const b = budgetBar(L, 0);
    expect(b.y).toBeGreaterThan(stackTop(L, 0) + 1);
    const [x0, y0, x1, y1] = columnBounds(L, 0);
    expect(x0).toBeLessThan(b.x);
    expect(x1).toBeGreaterThan(b.x + b.length);
    expect(y1).toBeGreaterThan(b.y + 1);
    expect(y0).toBeLessThan(L.outputOutY);
  });
  it('Parity: rows shrink so the 24-step stack stays about 8 units tall; the board spans the 8 columns', () => {
    const L = actLayout(trace('parity'));
    expect(L.ponderSteps).toEqual([2, 2, 2, 2, 4, 5, 10, 24]);
    expect(stackTop(L, 7)).toBeCloseTo(8, 6);
    const [x0, , x1] = boardBounds(L);
    expect(x1 - x0).toBeGreaterThan(7 * COLUMN_WIDTH);
  });
});
