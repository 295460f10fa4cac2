import { describe, expect, it } from 'vitest';
import * as THREE from 'three/webgpu';
import { BarRow } from './bar-row.ts';
import { Beams, beamBetween, beamMatrix } from './beams.ts';
import { BlockGrid } from './block-grid.ts';
import { HeatMap, heatCells } from './heat-map.ts';
import { DARK_THEME, LIGHT_THEME, glowRgb, paintRgb } from './theme.ts';
import { weightColor } from './colormap.ts';

const at = (mesh: THREE.InstancedMesh, i: number) => {
  const m = new THREE.Matrix4();
  mesh.getMatrixAt(i, m);
  return {
    p: new THREE.Vector3().setFromMatrixPosition(m).toArray(),
    s: new THREE.Vector3().setFromMatrixScale(m).toArray(),
  };
};
const colour = (mesh: THREE.InstancedMesh, i: number) => {
  const c = new THREE.Color();
  mesh.getColorAt(i, c);
  return c.toArray();
};
const srgb = (rgb: readonly [number, number, number]) => new THREE.Color().setRGB(rgb[0], rgb[1], rgb[2], THREE.SRGBColorSpace).toArray();

describe('a bar row', () => {
  it('stands bar i at x(i) on the baseline with the given height and colour', () => {
    const row = new BarRow({ count: 3, x: (i) => i * 2, y: 1, z: 0.25, width: 0.7, depth: 0.5 }, new THREE.MeshBasicMaterial(), 'row:w');
    row.update(
      {
        heights: [0, 1.5, -0.5],
        colors: [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
        ],
        gain: 0.65,
      },
      DARK_THEME,
    );
    expect(row.object.name).toBe('row:w');
    expect(at(row.object, 1).p).toEqual([2, 1, 0.25]);
    expect(at(row.object, 1).s).toEqual([0.7, 1.5, 0.5].map((x) => expect.closeTo(x, 6)));
    expect(at(row.object, 0).s[1]).toBeCloseTo(0.02);
    expect(at(row.object, 2).p[1]).toBeCloseTo(0.5);
    expect(colour(row.object, 1)).toEqual(srgb(paintRgb(DARK_THEME, [0, 1, 0], 0.65) as [number, number, number]).map((x) => expect.closeTo(x, 6)));
  });
});

describe('a block grid', () => {
  it('numbers blocks i · rows + j and grows each towards the viewer by its depth', () => {
    const grid = new BlockGrid(
      {
        columns: 2,
        rows: 3,
        x: (i) => i,
        y: (j) => -j,
        width: () => 0.8,
        height: 0.5,
      },
      new THREE.MeshBasicMaterial(),
      'memory',
    );
    const depths = [0.1, 0.2, 0.3, 0.4, 0.5, 0];
    grid.update(
      {
        depths,
        colors: depths.map((d) => [d, d, d]),
        gains: depths.map(() => 0.5),
      },
      LIGHT_THEME,
    );
    expect(grid.object.count).toBe(6);
    expect(at(grid.object, 4).p).toEqual([1, -1, 0]);
    expect(at(grid.object, 4).s.map((x) => +x.toFixed(6))).toEqual([0.8, 0.5, 0.5]);
    expect(at(grid.object, 5).s[2]).toBeCloseTo(0.04);
    expect(colour(grid.object, 1)).toEqual(srgb(paintRgb(LIGHT_THEME, [0.2, 0.2, 0.2], 0.5) as [number, number, number]).map((x) => expect.closeTo(x, 6)));
  });
});

describe('beams', () => {
  it('places an upright beam without rotation and a slanted one along its line', () => {
    const up = new THREE.Matrix4();
    beamMatrix({ x: 1, y: 2, z: 0.5, length: 4, thickness: 0.3 }, up);
    expect(
      new THREE.Vector3()
        .setFromMatrixScale(up)
        .toArray()
        .map((x) => +x.toFixed(6)),
    ).toEqual([0.3, 4, 0.04]);
    const slant = beamBetween(0, 0, 3, 4, 0.35, 0.2, [1, 1, 1], 1);
    expect([slant.x, slant.y, slant.length]).toEqual([1.5, 2, 5]);
    const m = beamMatrix(slant);
    // The beam's local +x (its length) points from a to b.
    const tip = new THREE.Vector3(0.5, 0, 0).applyMatrix4(m);
    expect(tip.x).toBeCloseTo(3);
    expect(tip.y).toBeCloseTo(4);
    const off = new THREE.Vector3().setFromMatrixScale(beamMatrix({ ...slant, thickness: 0 }));
    expect(off.x).toBeCloseTo(1e-5, 9);
  });
  it('glows each beam in the theme by its gain, drawn after the solids', () => {
    const beams = new Beams(2, new THREE.MeshBasicMaterial(), 'beams');
    beams.update(
      [
        {
          x: 0,
          y: 0,
          z: 0,
          length: 1,
          thickness: 0.1,
          color: [0.15, 0.85, 1],
          gain: 0.4,
        },
      ],
      DARK_THEME,
    );
    expect(beams.object.renderOrder).toBe(2);
    expect(colour(beams.object, 0)).toEqual(srgb(glowRgb(DARK_THEME, [0.15, 0.85, 1], 0.4) as [number, number, number]).map((x) => expect.closeTo(x, 6)));
  });
});

/** A canvas stand-in that records the 2D calls. */
function fakeCanvas() {
  const calls: string[] = [];
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 0,
    fillRect: (x: number, y: number, w: number, h: number) => calls.push(`fill ${ctx.fillStyle} ${x},${y},${w},${h}`),
    strokeRect: (x: number, y: number, w: number, h: number) => calls.push(`stroke ${ctx.strokeStyle} ${x},${y},${w},${h}`),
  };
  const canvas = {
    width: 0,
    height: 0,
    getContext: () => ctx,
  } as unknown as HTMLCanvasElement;
  return { canvas, calls };
}

describe('a heat map', () => {
  const values = {
    columns: [[1, 0], [0.25, 0.5], undefined, [0, 1]],
    steps: 4,
    rows: 2,
    upTo: 1,
    current: 1,
    scale: 2,
  };
  it('colours each revealed (time, slot) by its stretched weight', () => {
    const cells = heatCells(values);
    expect(cells.map((c) => [c.t, c.slot])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    const c = weightColor(0.5);
    expect(cells[2]!.fill).toBe(`rgb(${Math.round(c[0] * 255)},${Math.round(c[1] * 255)},${Math.round(c[2] * 255)})`);
  });
  it('draws on the board colour, frames the current step and redraws only on change', () => {
    const { canvas, calls } = fakeCanvas();
    const map = new HeatMap('#ffd24d', 'heat:read', canvas);
    map.update(values, DARK_THEME);
    expect([canvas.width, canvas.height]).toEqual([32, 16]);
    expect(calls[0]).toBe(`fill ${DARK_THEME.board} 0,0,32,16`);
    expect(calls).toHaveLength(6);
    expect(calls.at(-1)).toMatch(/^stroke .* 9,1,6,14$/);
    map.update(values, DARK_THEME);
    expect(calls).toHaveLength(6);
    map.invalidate();
    map.update(values, DARK_THEME);
    expect(calls).toHaveLength(12);
  });
  it('frees its texture and material once, never the shared plane', () => {
    const { canvas } = fakeCanvas();
    const map = new HeatMap('#ffd24d', 'heat', canvas);
    const root = new THREE.Group().add(map.object);
    const material = map.object.material as THREE.MeshBasicMaterial;
    const freed: string[] = [];
    material.addEventListener('dispose', () => freed.push('material'));
    material.map!.addEventListener('dispose', () => freed.push('texture'));
    map.object.geometry.addEventListener('dispose', () => freed.push('geometry'));
    map.dispose();
    expect(freed.sort()).toEqual(['material', 'texture']);
    expect(root.children).toHaveLength(0);
  });
});
