import * as THREE from 'three/webgpu';
import { describe, expect, it } from 'vitest';
import { fitBoard, VIEW_FOV } from '../../scene/fit-board.ts';
import { FOCUS_LABELS, imageLayout, textBounds } from './focus-layout.ts';

/** The 3D view beside the narration panel in a 1920×1080 window (measured on screenshots). */
const VIEW = { width: 1400, height: 880 };

function camera(bounds: { min: readonly [number, number]; max: readonly [number, number] }): THREE.PerspectiveCamera {
  const pose = fitBoard(bounds, VIEW.width / VIEW.height, { direction: [0, 0, 1] });
  const c = new THREE.PerspectiveCamera(VIEW_FOV, VIEW.width / VIEW.height, 0.1, 1000);
  c.position.set(...pose.position);
  c.lookAt(new THREE.Vector3(...pose.target));
  c.updateMatrixWorld(true);
  return c;
}

const px = (c: THREE.PerspectiveCamera, h: number) =>
  ((new THREE.Vector3(0, h / 2, 0).project(c).y - new THREE.Vector3(0, -h / 2, 0).project(c).y) / 2) * VIEW.height;

describe('focus layout framing', () => {
  for (const [name, bounds] of [
    ['the moon (16:9)', imageLayout(320, 180).bounds],
    ['a square image', imageLayout(256, 256).bounds],
    ['a 7-word sentence', textBounds(7)],
  ] as const) {
    it(`${name}: every corner in view, the board reaching an edge, labels ≥ 28 px (the hint ≥ 24 px)`, () => {
      const c = camera(bounds);
      let reach = 0;
      for (const x of [bounds.min[0], bounds.max[0]]) {
        for (const y of [bounds.min[1], bounds.max[1]]) {
          const p = new THREE.Vector3(x, y, 0).project(c);
          expect(Math.abs(p.x)).toBeLessThanOrEqual(1);
          expect(Math.abs(p.y)).toBeLessThanOrEqual(1);
          reach = Math.max(reach, Math.abs(p.x), Math.abs(p.y));
        }
      }
      expect(reach).toBeGreaterThan(0.95);
      for (const h of [
        FOCUS_LABELS.banner,
        FOCUS_LABELS.panelName,
        FOCUS_LABELS.spot,
        FOCUS_LABELS.rowName,
        FOCUS_LABELS.word,
        FOCUS_LABELS.number,
        FOCUS_LABELS.productNumber,
      ])
        expect(px(c, h)).toBeGreaterThanOrEqual(28);
      expect(px(c, FOCUS_LABELS.hint)).toBeGreaterThanOrEqual(24);
    });
  }
});

describe('focus images fill the view', () => {
  it('the moon’s three panels span over half the view’s height (one row used a third) and none overlaps another', () => {
    const L = imageLayout(320, 180);
    const c = camera(L.bounds);
    const screenY = (y: number) => ((1 - new THREE.Vector3(0, y, 0).project(c).y) / 2) * VIEW.height;
    const tops = L.centersY.map((y) => screenY(y + L.panelH / 2));
    const bottoms = L.centersY.map((y) => screenY(y - L.panelH / 2));
    const covered = L.centersY.reduce((sum, y, k) => (L.centersY.indexOf(y) === k ? sum + bottoms[k]! - tops[k]! : sum), 0);
    expect(covered / VIEW.height).toBeGreaterThan(0.5);
    for (let a = 0; a < 3; a++)
      for (let b = a + 1; b < 3; b++) {
        const apart = Math.abs(L.centers[a]! - L.centers[b]!) >= L.panelW || Math.abs(L.centersY[a]! - L.centersY[b]!) >= L.panelH;
        expect(apart, `panels ${a} and ${b}`).toBe(true);
      }
  });
});
