import * as THREE from 'three/webgpu';
import { describe, expect, it } from 'vitest';
import { VIEW_FOV, fitBoard, flatBounds, type BoardBounds, type FitOptions } from './fit-board.ts';

/** The corners of `bounds` in normalised device coordinates, seen by the fitted camera. */
function projected(bounds: BoardBounds, aspect: number, options?: FitOptions): THREE.Vector3[] {
  const pose = fitBoard(bounds, aspect, options);
  const camera = new THREE.PerspectiveCamera(VIEW_FOV, aspect, 0.1, 1000);
  camera.position.set(...pose.position);
  camera.lookAt(new THREE.Vector3(...pose.target));
  camera.updateMatrixWorld(true);
  const out: THREE.Vector3[] = [];
  for (const x of [bounds.min[0], bounds.max[0]])
    for (const y of [bounds.min[1], bounds.max[1]])
      for (const z of [bounds.min[2] ?? 0, bounds.max[2] ?? 0]) out.push(new THREE.Vector3(x, y, z).project(camera));
  return out;
}

const BOARDS: readonly [string, BoardBounds][] = [
  ['wide', flatBounds([-10, -2, 14, 3])],
  ['tall', flatBounds([0, -8, 3, 9])],
  ['deep', { min: [-4, -3, -1], max: [5, 2, 2] }],
];

describe('fitBoard', () => {
  for (const [name, bounds] of BOARDS) {
    for (const aspect of [1400 / 880, 846 / 568, 0.8, 16 / 9]) {
      for (const direction of [
        [0, 0.04, 1],
        [0.1, 0.08, 1],
      ] as const) {
        it(`${name} board, aspect ${aspect.toFixed(2)}, direction ${direction.join(',')}: every corner in view, and the board fills it`, () => {
          const ps = projected(bounds, aspect, { direction });
          for (const p of ps) {
            expect(Math.abs(p.x)).toBeLessThanOrEqual(0.975 + 1e-9);
            expect(Math.abs(p.y)).toBeLessThanOrEqual(0.975 + 1e-9);
            expect(p.z).toBeLessThan(1);
          }
          // No closer than needed: some corner touches the margin.
          expect(Math.max(...ps.map((p) => Math.max(Math.abs(p.x), Math.abs(p.y))))).toBeGreaterThan(0.97);
        });
      }
    }
  }
  it('keeps separate x and y margins and looks at the target it is given', () => {
    const bounds = flatBounds([-6, -1, 6, 1]);
    const ps = projected(bounds, 16 / 9, { margin: [0.5, 0.9], target: [0, 0.5, 0] });
    expect(Math.max(...ps.map((p) => Math.abs(p.x)))).toBeLessThanOrEqual(0.5 + 1e-9);
    expect(Math.max(...ps.map((p) => Math.abs(p.x)))).toBeGreaterThan(0.49);
    expect(fitBoard(bounds, 16 / 9, { target: [0, 0.5, 0] }).target).toEqual([0, 0.5, 0]);
  });
  it('keeps reserved bands at the top and bottom clear, the board centred in the rest and filling it', () => {
    const reserve = { top: 0.12, bottom: 0.25 };
    for (const [name, bounds] of BOARDS) {
      for (const direction of [
        [0, 0.04, 1],
        [0.1, 0.08, 1],
      ] as const) {
        const ps = projected(bounds, 16 / 9, { direction, reserve });
        const ys = ps.map((p) => p.y);
        // NDC y runs from −1 (bottom) to 1 (top): the free part is [−1 + 2·0.25, 1 − 2·0.12] = [−0.5, 0.76].
        // Centre 0.13, half-height 0.63, less the default margin (0.975).
        expect(Math.min(...ys), name).toBeGreaterThanOrEqual(0.13 - 0.975 * 0.63 - 1e-9);
        expect(Math.max(...ys), name).toBeLessThanOrEqual(0.13 + 0.975 * 0.63 + 1e-9);
        const fillsY = Math.max(...ys.map((y) => Math.abs(y - 0.13))) / 0.63;
        const fillsX = Math.max(...ps.map((p) => Math.abs(p.x)));
        expect(Math.max(fillsY, fillsX), name).toBeGreaterThan(0.97);
      }
    }
  });
  it('looks at the centre of the bounds from along the direction', () => {
    const pose = fitBoard(flatBounds([2, 4, 6, 8]), 1.5, { direction: [0, 0, 2] });
    expect(pose.target).toEqual([4, 6, 0]);
    expect(pose.position[0]).toBeCloseTo(4, 9);
    expect(pose.position[1]).toBeCloseTo(6, 9);
    expect(pose.position[2]).toBeGreaterThan(0);
  });
});
