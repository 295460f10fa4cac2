/**
 * The NTM scene's parts for one shape (N slots of width M, with or without heat maps), built from the scene
 * kit: the five addressing rows, the plates (row baselines, backings of the memory and of k, r, e, a), the
 * active-row highlight, the memory grid, the k/r/e/a grid, the head beams, the heat maps and the label pools.
 */
import * as THREE from 'three/webgpu';
import { BarRow } from '../../scene/bar-row.ts';
import { Beams } from '../../scene/beams.ts';
import { BlockGrid } from '../../scene/block-grid.ts';
import { Boxes, boxMatrix } from '../../scene/boxes.ts';
import { HeatMap } from '../../scene/heat-map.ts';
import { LabelPool } from '../../scene/label-pool.ts';
import { heatMapY } from './ntm-heat-ticks.ts';
import type { LabelFactory } from '../../scene/text-sprite.ts';
import { DARK_THEME, type Theme } from '../../scene/theme.ts';
import { UNIT_PLANE } from '../../scene/units.ts';
import { ROWS, cellY, slotX, type NtmLayout, type RowId } from './ntm-layout.ts';

/** The materials the parts share (the scene owns and disposes them). */
export interface NtmMaterials {
  readonly bar: THREE.Material;
  readonly beam: THREE.Material;
  readonly plate: THREE.Material;
  readonly active: THREE.Material;
}

/** The NTM scene's parts (see the module comment). */
export interface NtmParts {
  readonly rows: Record<RowId, BarRow>;
  readonly plates: Boxes;
  readonly activePlate: THREE.Mesh;
  readonly memory: BlockGrid;
  readonly vectors: BlockGrid;
  readonly beams: Beams;
  readonly heat: { readonly read: HeatMap; readonly write: HeatMap } | null;
  readonly text: {
    titles: LabelPool;
    numbers: LabelPool;
    memoryNumbers: LabelPool;
    vectorNumbers: LabelPool;
    banner: LabelPool;
  };
  /** The theme the plates were painted in. */
  paintedTheme: Theme;
  dispose(): void;
}

const _m = new THREE.Matrix4();
const _c = new THREE.Color();

/** Paints the plates in `theme` (row baselines in the plate colour, backings dimmer) if they are not already. */
export function paintPlates(parts: NtmParts, theme: Theme): void {
  if (parts.paintedTheme === theme) return;
  const mesh = parts.plates.mesh;
  for (let k = 0; k < mesh.count; k++) mesh.setColorAt(k, _c.set(k < ROWS.length ? theme.plate : theme.plateDim));
  mesh.instanceColor!.needsUpdate = true;
  parts.paintedTheme = theme;
}

/** Builds the parts for layout `L` into `root`, the plates painted in `theme`. */
export function buildNtmParts(root: THREE.Group, L: NtmLayout, heat: boolean, labels: LabelFactory, materials: NtmMaterials, theme: Theme): NtmParts {
  const { n, m } = L;
  const bars = (id: RowId) =>
    new BarRow(
      {
        count: n,
        x: (i) => slotX(L, i),
        y: L.rowY[id],
        z: 0.25,
        width: L.dx * 0.7,
        depth: 0.5,
      },
      materials.bar,
      `row:${id}`,
    );
  const rows = Object.fromEntries(ROWS.map(({ id }) => [id, bars(id)])) as Record<RowId, BarRow>;
  for (const { id } of ROWS) root.add(rows[id].object);
  // Baselines under each row, a backing plate behind the memory and behind k, r, e, a.
  const plates = new Boxes(ROWS.length + 5, materials.plate, 'plates', {
    anchor: 'centre',
  });
  ROWS.forEach(({ id }, k) => {
    plates.mesh.setMatrixAt(k, boxMatrix('centre', 0, 0, L.rowY[id] - 0.03, 0, L.width + 0.2, 0.06, 0.5, _m));
    plates.mesh.setColorAt(k, _c.set(theme.plate));
  });
  const memH = m * L.cellHeight;
  const backing: [number, number][] = [
    [0, L.width + 0.2],
    [L.keyX, 0.95],
    [L.readX, 0.95],
    [L.eraseX, 0.95],
    [L.addX, 0.95],
  ];
  backing.forEach(([x, w], k) => {
    plates.mesh.setMatrixAt(ROWS.length + k, boxMatrix('centre', 0, x, -memH / 2, -0.06, w, memH + 0.12, 0.1, _m));
    plates.mesh.setColorAt(ROWS.length + k, _c.set(theme.plateDim));
  });
  plates.commit();
  root.add(plates.mesh);
  const activePlate = new THREE.Mesh(UNIT_PLANE, materials.active);
  activePlate.name = 'active-row';
  root.add(activePlate);
  const cellW = L.dx * 0.84;
  const cellH = L.cellHeight * 0.84;
  const memory = new BlockGrid(
    {
      columns: n,
      rows: m,
      x: (i) => slotX(L, i),
      y: (j) => cellY(L, j),
      width: () => cellW,
      height: cellH,
    },
    materials.bar,
    'memory',
  );
  root.add(memory.object);
  const columnX = [L.keyX, L.readX, L.eraseX, L.addX];
  const vectors = new BlockGrid(
    {
      columns: 4,
      rows: m,
      x: (c) => columnX[c]!,
      y: (j) => cellY(L, j),
      width: () => 0.8,
      height: cellH,
    },
    materials.bar,
    'vectors',
  );
  root.add(vectors.object);
  const beams = new Beams(2 * n, materials.beam, 'beams');
  root.add(beams.object);
  let heatParts: NtmParts['heat'] = null;
  if (heat) {
    const map = (name: string, y: number) => {
      const h = new HeatMap(DARK_THEME.accent, name);
      h.object.position.set(L.heatX, y, 0);
      h.object.scale.set(L.heatWidth, L.heatHeight, 1);
      root.add(h.object);
      return h;
    };
    heatParts = {
      read: map('heat:read', heatMapY(L).read),
      write: map('heat:write', heatMapY(L).write),
    };
  }
  const text = {
    titles: new LabelPool(labels, { height: 0.5 }),
    numbers: new LabelPool(labels, { height: L.numberHeight }),
    memoryNumbers: new LabelPool(labels, { height: L.memoryNumberHeight }),
    vectorNumbers: new LabelPool(labels, { height: L.vectorNumberHeight }),
    banner: new LabelPool(labels, { height: 0.6 }),
  };
  for (const t of Object.values(text)) root.add(t.group);
  return {
    rows,
    plates,
    activePlate,
    memory,
    vectors,
    beams,
    heat: heatParts,
    text,
    paintedTheme: theme,
    dispose() {
      for (const { id } of ROWS) rows[id].dispose();
      plates.dispose();
      activePlate.removeFromParent();
      memory.dispose();
      vectors.dispose();
      beams.dispose();
      heatParts?.read.dispose();
      heatParts?.write.dispose();
    },
  };
}
