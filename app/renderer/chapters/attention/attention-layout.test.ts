import * as THREE from 'three/webgpu';
import { describe, expect, it } from 'vitest';
import { fitBoard, VIEW_FOV } from '../../scene/fit-board.ts';
import { attentionLayout, inputX, matrixRowY, outputX, splitName, type AttentionLayout, type AttentionLayoutOptions } from './attention-layout.ts';

/** The 3D view beside the narration panel: 1920×1080 and 1366×768 windows (measured on screenshots). */
const VIEWS = [
  { name: '1920×1080', width: 1400, height: 880 },
  { name: '1366×768', width: 846, height: 568 },
] as const;

const CASES: readonly { name: string; T: number; S: number; options: AttentionLayoutOptions }[] = [
  { name: 'translation', T: 15, S: 15, options: {} },
  { name: 'speech', T: 38, S: 33, options: { speech: true } },
  { name: 'compute', T: 9, S: 9, options: { compute: true } },
];

function cameraFor(L: AttentionLayout, aspect: number): THREE.PerspectiveCamera {
  const pose = fitBoard(L.bounds, aspect);
  const camera = new THREE.PerspectiveCamera(VIEW_FOV, aspect, 0.1, 1000);
  camera.position.set(...pose.position);
  camera.lookAt(new THREE.Vector3(...pose.target));
  camera.updateMatrixWorld(true);
  return camera;
}

/** On-screen height in pixels of a label `h` world units tall at (x, y). */
function pixels(camera: THREE.PerspectiveCamera, viewHeight: number, x: number, y: number, h: number): number {
  const a = new THREE.Vector3(x, y - h / 2, 0.4).project(camera);
  const b = new THREE.Vector3(x, y + h / 2, 0.4).project(camera);
  return ((b.y - a.y) / 2) * viewHeight;
}

describe('attention layout', () => {
  for (const c of CASES) {
    for (const view of VIEWS) {
      it(`${c.name} at ${view.name}: the fitted camera shows every corner of the board and the board fills the view`, () => {
        const L = attentionLayout(c.T, c.S, c.options);
        const camera = cameraFor(L, view.width / view.height);
        const xs: number[] = [];
        const ys: number[] = [];
        for (const x of [L.bounds.min[0], L.bounds.max[0]]) {
          for (const y of [L.bounds.min[1], L.bounds.max[1]]) {
            for (const z of [L.bounds.min[2], L.bounds.max[2]]) {
              const p = new THREE.Vector3(x, y, z).project(camera);
              expect(Math.abs(p.x)).toBeLessThanOrEqual(1);
              expect(Math.abs(p.y)).toBeLessThanOrEqual(1);
              xs.push(Math.abs(p.x));
              ys.push(Math.abs(p.y));
            }
          }
        }
        // Not lost in empty space: the board reaches the frame's edge on one axis and covers most of the other.
        expect(Math.max(...xs, ...ys)).toBeGreaterThan(0.95);
        expect(Math.min(Math.max(...xs), Math.max(...ys))).toBeGreaterThan(0.7);
      });
    }
    it(`${c.name}: labels are at least 28 px tall at 1920×1080, 18 px at 1366×768`, () => {
      const L = attentionLayout(c.T, c.S, c.options);
      for (const view of VIEWS) {
        const camera = cameraFor(L, view.width / view.height);
        const min = view.height > 800 ? 28 : 18;
        const px = (y: number, h: number) => pixels(camera, view.height, 0, y, h);
        expect(px(L.bannerY, L.bannerHeight)).toBeGreaterThanOrEqual(min);
        expect(px(L.outputY, L.tokenHeight)).toBeGreaterThanOrEqual(min);
        expect(px(L.inputY, L.tokenHeight)).toBeGreaterThanOrEqual(min);
        expect(px(L.decoderY, L.nameHeight)).toBeGreaterThanOrEqual(min);
        expect(px(L.encoderY, L.numberHeight)).toBeGreaterThanOrEqual(min * 0.9);
        expect(px(L.footerY, L.footerHeight)).toBeGreaterThanOrEqual(min);
        expect(px(matrixRowY(L, 0), L.rowLabelHeight)).toBeGreaterThanOrEqual(min);
      }
    });
    it(`${c.name}: rows stacked top to bottom without overlap, matrix columns under the inputs`, () => {
      const L = attentionLayout(c.T, c.S, c.options);
      const order = [L.bannerY, L.outputY, L.decoderY, L.encoderY, L.inputY, L.matrixTop, matrixRowY(L, c.S - 1), L.footerY];
      for (let i = 1; i < order.length; i++) expect(order[i]!).toBeLessThan(order[i - 1]!);
      // The state boxes and the label lines keep their distance.
      expect(L.outputY - (L.outputLines - 1) * L.linePitch - L.decoderY).toBeGreaterThanOrEqual(L.tokenHeight / 2 + L.stateHeight / 2);
      expect(L.encoderY - L.inputY).toBeGreaterThanOrEqual(L.stateHeight / 2 + (c.options.speech ? L.waveHeight : L.tokenHeight) / 2);
      expect(L.ribbonTop - (L.encoderY + L.stateHeight / 2)).toBeGreaterThan(2.5);
      expect(L.footerY + L.footerHeight / 2).toBeLessThanOrEqual(matrixRowY(L, c.S - 1) - L.rowHeight / 2 + 1e-9);
      expect(L.colWidth).toBeCloseTo(inputX(L, 1) - inputX(L, 0));
      expect(inputX(L, 0) - L.colWidth / 2).toBeCloseTo(-L.width / 2);
      expect(outputX(L, c.S - 1) + L.width / c.S / 2).toBeCloseTo(L.width / 2);
      if (c.options.compute) {
        expect(L.contextY).toBeGreaterThan(L.decoderY);
        expect(L.queryY).toBeLessThan(L.decoderY);
        expect(L.scoreBaseY + L.scoreHeight).toBeLessThan(L.ribbonTop);
        expect(L.scoreBaseY - L.scoreHeight).toBeGreaterThan(L.encoderY + L.stateHeight / 2);
      }
    });
  }
  it('splits long row names in two lines at the space nearest the middle', () => {
    expect(splitName('entrada')).toEqual(['entrada']);
    expect(splitName('estados del decodificador s')).toEqual(['estados del', 'decodificador s']);
    expect(splitName('decoder states s')).toEqual(['decoder', 'states s']);
    expect(splitName('abcdefghijklmnopq')).toEqual(['abcdefghijklmnopq']);
  });
});
