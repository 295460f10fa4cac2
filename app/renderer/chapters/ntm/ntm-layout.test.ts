import * as THREE from 'three/webgpu';
import { describe, expect, it } from 'vitest';
import { cellY, ntmLayout, showsNumbers, slotX } from './ntm-layout.ts';
import { fitCamera } from './ntm-scene.ts';

describe('NTM layout', () => {
  it('puts slot i at the same x in every row and in the memory, centred', () => {
    const L = ntmLayout(8, 4, false);
    expect(slotX(L, 0)).toBeCloseTo(-slotX(L, 7));
    expect(slotX(L, 1) - slotX(L, 0)).toBeCloseTo(L.dx);
    expect(cellY(L, 0)).toBeLessThan(0);
    expect(cellY(L, 3)).toBeGreaterThan(L.bounds.min[1]);
    expect(L.rowY.content).toBeGreaterThan(L.rowY.sharpen);
  });
  it('numbers for N ≤ 32 only', () => {
    expect(showsNumbers(32)).toBe(true);
    expect(showsNumbers(33)).toBe(false);
  });
  it('keeps the tape within a fixed width for large N', () => {
    expect(ntmLayout(1000, 8, false).width).toBeCloseTo(12);
  });
  for (const [n, m, heat, aspect] of [
    [8, 4, false, 16 / 9],
    [12, 9, true, 1.45],
    [64, 4, false, 1.2],
  ] as const) {
    it(`frames every corner of the board in view (N=${n}, M=${m}, aspect ${aspect.toFixed(2)})`, () => {
      const L = ntmLayout(n, m, heat);
      for (const stage of [0, 5]) {
        const pose = fitCamera(L, stage, aspect);
        const camera = new THREE.PerspectiveCamera(36, aspect, 0.1, 500);
        camera.position.set(...pose.position);
        camera.lookAt(new THREE.Vector3(...pose.target));
        camera.updateMatrixWorld(true);
        for (const x of [L.bounds.min[0], L.bounds.max[0]]) {
          for (const y of [L.bounds.min[1], L.bounds.max[1]]) {
            const p = new THREE.Vector3(x, y, 0).project(camera);
            expect(Math.abs(p.x)).toBeLessThanOrEqual(1);
            expect(Math.abs(p.y)).toBeLessThanOrEqual(1);
          }
        }
        // …and not lost in empty space: some corner is near the frame's edge.
        const extremes = [L.bounds.min[0], L.bounds.max[0]].map((x) => Math.abs(new THREE.Vector3(x, L.bounds.max[1], 0).project(camera).x));
        const vertical = [L.bounds.min[1], L.bounds.max[1]].map((y) => Math.abs(new THREE.Vector3(L.bounds.max[0], y, 0).project(camera).y));
        expect(Math.max(...extremes, ...vertical)).toBeGreaterThan(0.85);
      }
    });
  }
});
