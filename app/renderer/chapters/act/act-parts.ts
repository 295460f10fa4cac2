/**
 * The ACT scene's parts for one trace, from the scene kit: the ponder-state and output cells, the halting /
 * weight bars, the plates (axis, bar tracks, current-row highlight, budget frame, 1 − ε line), the budget's
 * segments, the beams of the fan into the output, the label pool, and which cell each cell instance shows
 * (for hover read-outs).
 */
import type * as THREE from 'three/webgpu';
import type { ActTrace } from '#core/models/act/run.ts';
import { Beams } from '../../scene/beams.ts';
import { Boxes } from '../../scene/boxes.ts';
import { LabelPool } from '../../scene/label-pool.ts';
import type { LabelFactory } from '../../scene/text-sprite.ts';
import { actTraceInfo, type ActTraceInfo } from './act-view.ts';

/** The scene's parts for one trace. */
export interface ActParts {
  info: ActTraceInfo;
  cells: Boxes;
  bars: Boxes;
  plates: Boxes;
  budget: Boxes;
  beams: Beams;
  text: LabelPool;
  /** Per cell instance: [row or -1 for an output row, step, column j, 's' | 'y']. */
  cellOf: { row: number; step: number; j: number; kind: 's' | 'y' }[];
  dispose(): void;
}

/** Builds the parts of `trace` into `root` (every box anchored at its left edge). */
export function buildActParts(
  root: THREE.Group,
  trace: ActTrace,
  labels: LabelFactory,
  materials: { readonly solid: THREE.Material; readonly flat: THREE.Material; readonly glow: THREE.Material },
): ActParts {
  const info = actTraceInfo(trace);
  const L = info.layout;
  const cellCount = info.rows * L.stateSize + trace.steps * (L.stateSize + L.outputSize);
  const left = { anchor: 'left' } as const;
  const cells = new Boxes(cellCount, materials.solid, 'cells', left);
  const bars = new Boxes(info.rows, materials.solid, 'bars', left);
  // Plates: axis, a track behind every bar, the current-row highlight, the budget's frame and the 1 − ε line.
  const plates = new Boxes(info.rows + 8, materials.flat, 'plates', left);
  const budget = new Boxes(L.maxPonder + 2, materials.flat, 'budget', left);
  const beams = new Beams(info.rows + trace.steps, materials.glow, 'beams');
  const text = new LabelPool(labels, { z: 0.4, renderOrder: 5 });
  root.add(plates.mesh, cells.mesh, bars.mesh, budget.mesh, beams.object, text.group);
  const cellOf: ActParts['cellOf'] = [];
  for (let t = 0; t < trace.steps; t++) {
    for (let n = 0; n < (L.ponderSteps[t] ?? 0); n++) for (let j = 0; j < L.stateSize; j++) cellOf.push({ row: info.offsets[t]! + n, step: t, j, kind: 's' });
  }
  for (let t = 0; t < trace.steps; t++) {
    for (let j = 0; j < L.stateSize; j++) cellOf.push({ row: -1, step: t, j, kind: 's' });
    for (let j = 0; j < L.outputSize; j++) cellOf.push({ row: -1, step: t, j, kind: 'y' });
  }
  const dispose = () => [cells, bars, plates, budget, beams].forEach((part) => part.dispose());
  return { info, cells, bars, plates, budget, beams, text, cellOf, dispose };
}
