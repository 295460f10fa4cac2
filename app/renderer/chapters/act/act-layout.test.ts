import * as THREE from 'three/webgpu';
import { describe, expect, it } from 'vitest';
import { actPresets } from '#core/models/act/presets.ts';
import { runActScenario } from '#core/models/act/run.ts';
import { VIEW_FOV } from '../../scene/fit-board.ts';
import { BUS_WIDTH, actFraming, actLayout, barX, boardBounds, budgetBar, columnBounds, rowX, rowY, stackTop } from './act-layout.ts';

/** The 3D view beside the narration panel: 1920×1080 and 1366×768 windows (as in the attention layout test). */
const VIEWS = [
  { name: '1920×1080', width: 1400, height: 880 },
  { name: '1366×768', width: 846, height: 568 },
] as const;

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
    expect(x1 - x0).toBeGreaterThan(7 * L.columnWidth);
  });
  for (const preset of actPresets) {
    for (const view of VIEWS) {
      it(`${preset.id} at ${view.name}: every corner of each column's bounds and of the overview's is in view`, () => {
        const L = actLayout(runActScenario(preset.scenario));
        const aspect = view.width / view.height;
        for (const step of [null, ...Array.from({ length: L.steps }, (_, t) => t)]) {
          const pose = actFraming(L, step, aspect);
          const camera = new THREE.PerspectiveCamera(VIEW_FOV, aspect, 0.1, 1000);
          camera.position.set(...pose.position);
          camera.lookAt(new THREE.Vector3(...pose.target));
          camera.updateMatrixWorld(true);
          const [x0, y0, x1, y1] = step === null ? boardBounds(L) : columnBounds(L, step);
          let reach = 0;
          for (const x of [x0, x1]) {
            for (const y of [y0, y1]) {
              const p = new THREE.Vector3(x, y, 0).project(camera);
              expect(Math.abs(p.x), `${step} (${x}, ${y})`).toBeLessThanOrEqual(1);
              expect(Math.abs(p.y), `${step} (${x}, ${y})`).toBeLessThanOrEqual(1);
              reach = Math.max(reach, Math.abs(p.x), Math.abs(p.y));
            }
          }
          // …and the column fills the view (not lost in empty space).
          expect(reach).toBeGreaterThan(0.9);
        }
      });
    }
  }
  it('a column frame draws inside its bounds: the axis under it, its bars, rows, fan, budget bar and the 1 − ε label', () => {
    const L = actLayout(trace('parity'));
    for (let t = 0; t < L.steps; t++) {
      const [x0, y0, x1, y1] = columnBounds(L, t);
      const b = budgetBar(L, t);
      // The axis of a column frame (act-scene.ts) runs from barX − 0.3 to the end of the fan.
      expect(barX(L, t) - 0.3).toBeGreaterThanOrEqual(x0);
      expect(rowX(L, t) + L.rowWidth + BUS_WIDTH).toBeLessThanOrEqual(x1);
      // Row labels (hⁿ = 0,123) right-aligned 0.15 left of the bars: ~2.4 units at the label height.
      expect(barX(L, t) - 0.15 - 2.4).toBeGreaterThanOrEqual(x0);
      // The 1 − ε label, left-aligned 0.2 after the budget bar: ~2.6 units.
      expect(b.x + b.length + 0.2 + 2.6).toBeLessThanOrEqual(x1);
      expect(b.y + 0.62 + L.labelHeight).toBeLessThanOrEqual(y1);
      expect(L.outputOutY).toBeGreaterThan(y0);
      expect(stackTop(L, t)).toBeLessThan(b.y);
    }
  });
});
