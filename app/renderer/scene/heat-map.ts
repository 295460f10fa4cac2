/**
 * A heat map of weightings over time (the NTM's read and write weightings, multi-step runs): one texel block per
 * (time, slot), time left to right and slot 0 on top as in the memory below, coloured by weight
 * (colormap.ts weightColor), revealed up to a step, the current step framed in the accent colour. Drawn on a
 * canvas shown as a plane; redrawn only when what it shows changes.
 */
import * as THREE from 'three/webgpu';
import { weightColor } from './colormap.ts';
import type { Part } from './part.ts';
import { themedColor, type Theme } from './theme.ts';
import { UNIT_PLANE } from './units.ts';

/** Texels per (time, slot) cell. */
const CELL = 8;

/** What a {@link HeatMap} shows. */
export interface HeatMapValues {
  /** Per time step, the weights over the slots (undefined: not computed yet). */
  readonly columns: readonly (readonly number[] | undefined)[];
  /** Time steps (columns) and slots (rows) of the map. */
  readonly steps: number;
  readonly rows: number;
  /** The last step shown (steps after it stay blank). */
  readonly upTo: number;
  /** The step framed as current (-1: none). */
  readonly current: number;
  /** Weights are multiplied by this before colouring (stretched small weights), capped at 1. */
  readonly scale: number;
}

/** The fill and stroke commands of a heat map, for the canvas and for tests. */
export interface HeatCell {
  readonly t: number;
  readonly slot: number;
  /** CSS `rgb(…)` colour. */
  readonly fill: string;
}

/** The cells a heat map paints for `values` (steps after `upTo` and missing columns left out). */
export function heatCells(values: HeatMapValues): HeatCell[] {
  const out: HeatCell[] = [];
  for (let t = 0; t <= values.upTo && t < values.steps; t++) {
    const col = values.columns[t];
    if (!col) continue;
    col.forEach((w, slot) => {
      const c = weightColor(Math.min(1, w * values.scale));
      out.push({
        t,
        slot,
        fill: `rgb(${Math.round(c[0] * 255)},${Math.round(c[1] * 255)},${Math.round(c[2] * 255)})`,
      });
    });
  }
  return out;
}

/** A heat map plane (see the module comment). */
export class HeatMap implements Part<HeatMapValues> {
  /** The plane showing the map; place and scale it in the scene. */
  readonly object: THREE.Mesh;
  private readonly canvas: HTMLCanvasElement;
  private readonly texture: THREE.CanvasTexture;
  private readonly material: THREE.MeshBasicMaterial;
  private drawn = '';

  /** `accent`: the colour of the current step's frame (themed per update). */
  constructor(
    private readonly accent: string,
    name: string,
    canvas: HTMLCanvasElement = document.createElement('canvas'),
  ) {
    this.canvas = canvas;
    this.texture = new THREE.CanvasTexture(canvas);
    this.texture.colorSpace = THREE.SRGBColorSpace;
    this.texture.magFilter = THREE.NearestFilter;
    this.texture.minFilter = THREE.NearestFilter;
    this.texture.generateMipmaps = false;
    this.material = new THREE.MeshBasicMaterial({ map: this.texture });
    this.object = new THREE.Mesh(UNIT_PLANE, this.material);
    this.object.name = name;
  }

  /** Forgets what was drawn (a new trace with the same shape): the next update redraws. */
  invalidate(): void {
    this.drawn = '';
  }

  update(values: HeatMapValues, theme: Theme): void {
    const key = `${values.upTo}:${values.current}:${theme.name}`;
    if (key === this.drawn) return;
    this.drawn = key;
    const { canvas } = this;
    canvas.width = Math.max(1, values.steps) * CELL;
    canvas.height = Math.max(1, values.rows) * CELL;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = theme.board;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    for (const cell of heatCells(values)) {
      ctx.fillStyle = cell.fill;
      ctx.fillRect(cell.t * CELL, cell.slot * CELL, CELL, CELL);
    }
    if (values.current >= 0 && values.current < values.steps) {
      ctx.strokeStyle = themedColor(theme, this.accent);
      ctx.lineWidth = 2;
      ctx.strokeRect(values.current * CELL + 1, 1, CELL - 2, canvas.height - 2);
    }
    this.texture.needsUpdate = true;
  }

  /** Removes the plane and frees its texture and material (the unit plane is shared). */
  dispose(): void {
    this.object.removeFromParent();
    this.texture.dispose();
    this.material.dispose();
  }
}
