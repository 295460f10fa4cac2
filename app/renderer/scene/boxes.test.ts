import { describe, expect, it } from 'vitest';
import * as THREE from 'three/webgpu';
import { Boxes, boxMatrix } from './boxes.ts';
import { DARK_THEME, LIGHT_THEME, glowRgb, paintRgb } from './theme.ts';
import { UNIT_BAR, UNIT_BLOCK, UNIT_BOX, isSharedGeometry } from './units.ts';

const position = (m: THREE.Matrix4) => new THREE.Vector3().setFromMatrixPosition(m).toArray();
const scale = (m: THREE.Matrix4) => new THREE.Vector3().setFromMatrixScale(m).toArray();

describe('the box placer', () => {
  it('anchors a centred box at its centre, with a smallest height', () => {
    const m = boxMatrix('centre', 0.001, 1, 2, 3, 4, 0, 6);
    expect(position(m)).toEqual([1, 2, 3]);
    expect(scale(m)).toEqual([4, 0.001, 6]);
  });
  it('stands a bar on its baseline and hangs a negative one from it, never thinner than the floor', () => {
    expect(position(boxMatrix('base', 0.02, 1, 2, 0, 1, 3, 1))).toEqual([1, 2, 0]);
    expect(scale(boxMatrix('base', 0.02, 1, 2, 0, 1, 3, 1))[1]).toBe(3);
    const hanging = boxMatrix('base', 0.02, 1, 2, 0, 1, -0.5, 1);
    expect(position(hanging)).toEqual([1, 1.5, 0]);
    expect(scale(hanging)[1]).toBe(0.5);
    expect(scale(boxMatrix('base', 0.02, 0, 0, 0, 1, 0, 1))[1]).toBe(0.02);
  });
  it('grows a block from its back face with a smallest depth', () => {
    const m = boxMatrix('back', 0.04, 1, 2, 0, 0.5, 0.4, 0.01);
    expect(position(m)).toEqual([1, 2, 0]);
    expect(scale(m)[2]).toBeCloseTo(0.04);
  });
  it('puts a left-anchored box right of x and collapses an empty one', () => {
    const m = boxMatrix('left', 0, 1, 2, 3, 4, 1, 1);
    expect(position(m)).toEqual([3, 2, 3]);
    expect(scale(boxMatrix('left', 0, 1, 2, 3, 0, 1, 0.3))).toEqual([1e-5, 1e-5, 0.3].map((x) => expect.closeTo(x, 9)));
  });
  it('uses the unit geometry of its anchor and paints or glows in the theme', () => {
    const material = new THREE.MeshBasicMaterial();
    expect(new Boxes(2, material, 'a', { anchor: 'base' }).mesh.geometry).toBe(UNIT_BAR);
    expect(new Boxes(2, material, 'a', { anchor: 'back' }).mesh.geometry).toBe(UNIT_BLOCK);
    expect(new Boxes(2, material, 'a', { anchor: 'left' }).mesh.geometry).toBe(UNIT_BOX);
    const solid = new Boxes(2, material, 'solid', { anchor: 'centre' });
    solid.place(1, 0, 0, 0, 1, 1, 1, [0.5, 0.2, 0.1], LIGHT_THEME, 0.8);
    const c = new THREE.Color();
    solid.mesh.getColorAt(1, c);
    const want = new THREE.Color().setRGB(...paintRgb(LIGHT_THEME, [0.5, 0.2, 0.1], 0.8), THREE.SRGBColorSpace);
    expect(c.toArray()).toEqual(want.toArray().map((x) => expect.closeTo(x, 6)));
    const glow = new Boxes(1, material, 'glow', {
      anchor: 'centre',
      paint: 'glow',
    });
    glow.place(0, 0, 0, 0, 1, 1, 1, [0.1, 0.9, 1], DARK_THEME, 0.5);
    glow.mesh.getColorAt(0, c);
    expect(c.toArray()).toEqual(
      new THREE.Color()
        .setRGB(...glowRgb(DARK_THEME, [0.1, 0.9, 1], 0.5), THREE.SRGBColorSpace)
        .toArray()
        .map((x) => expect.closeTo(x, 6)),
    );
  });
  it('disposes its mesh without touching the shared geometry', () => {
    const root = new THREE.Group();
    const boxes = new Boxes(3, new THREE.MeshBasicMaterial(), 'b', {
      anchor: 'centre',
    });
    root.add(boxes.mesh);
    let geometryDisposed = 0;
    UNIT_BOX.addEventListener('dispose', () => geometryDisposed++);
    let meshDisposed = 0;
    boxes.mesh.addEventListener('dispose', () => meshDisposed++);
    boxes.dispose();
    expect(root.children).toHaveLength(0);
    expect(meshDisposed).toBe(1);
    expect(geometryDisposed).toBe(0);
    expect(isSharedGeometry(UNIT_BOX)).toBe(true);
    expect(isSharedGeometry(new THREE.BoxGeometry())).toBe(false);
  });
});
