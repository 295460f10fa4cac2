import * as THREE from 'three/webgpu';
import { describe, expect, it } from 'vitest';
import { VIEW_FOV } from './fit-board.ts';
import { labelFontPx, labelWorldWidth, pixelsPerUnit } from './screen-size.ts';

describe('label sizes on screen', () => {
  const pose = { position: [1, 2, 10] as const, target: [0, 0, 0] as const };
  const view = { width: 1400, height: 911 };
  it('pixels per unit agree with three.js projecting a short upright segment at the centre of the view', () => {
    const camera = new THREE.PerspectiveCamera(VIEW_FOV, view.width / view.height, 0.1, 1000);
    camera.position.set(...pose.position);
    camera.lookAt(0, 0, 0);
    camera.updateMatrixWorld(true);
    // A segment of 0.01 along the camera's own up vector, through the target.
    const up = new THREE.Vector3(0, 1, 0).applyQuaternion(camera.quaternion).multiplyScalar(0.005);
    const a = up.clone().project(camera);
    const b = up.clone().negate().project(camera);
    const px = (Math.abs(a.y - b.y) / 2) * view.height;
    expect(pixelsPerUnit(pose, view, [0, 0, 0]) * 0.01).toBeCloseTo(px, 4);
    expect(pixelsPerUnit(pose, view, [0, 0, 5])).toBeGreaterThan(pixelsPerUnit(pose, view, [0, 0, 0]));
    expect(pixelsPerUnit(pose, view, [0, 0, 20])).toBe(0); // behind the camera
  });
  it('the font size is the sprite height over its line box (1.3 bare, 1.5 on a panel)', () => {
    const ppu = pixelsPerUnit(pose, view, [0, 0, 0]);
    expect(labelFontPx(pose, view, { x: 0, y: 0, height: 0.5, background: false })).toBeCloseTo((0.5 * ppu) / 1.3, 9);
    expect(labelFontPx(pose, view, { x: 0, y: 0, height: 0.5, background: true })).toBeCloseTo((0.5 * ppu) / 1.5, 9);
  });
  it('estimates a number’s width from its digits, separators and padding', () => {
    expect(labelWorldWidth('0,5', 1.3, false, true)).toBeCloseTo(0.636 * 2 + 0.318, 9);
    expect(labelWorldWidth('−1', 1.5, true)).toBeCloseTo(0.838 + 0.636 + 0.6, 9);
  });
});
