/**
 * A row of bars standing on one baseline (the NTM's addressing rows w_c, w_prev, w_g, w̃, w): bar i stands at
 * x(i) on y, its height and colour given per update; a zero bar is a thin line on the baseline.
 */
import type * as THREE from 'three/webgpu';
import type { Rgb } from './colormap.ts';
import { Boxes } from './boxes.ts';
import type { Part } from './part.ts';
import type { Theme } from './theme.ts';

/** Where a {@link BarRow}'s bars stand (fixed for its life). */
export interface BarRowShape {
  readonly count: number;
  /** Centre x of bar i. */
  x(i: number): number;
  /** The baseline. */
  readonly y: number;
  readonly z: number;
  readonly width: number;
  readonly depth: number;
}

/** What a {@link BarRow} shows for one frame. */
export interface BarRowValues {
  /** World height of each bar (negative hangs from the baseline). */
  readonly heights: readonly number[];
  readonly colors: readonly Rgb[];
  /** Brightness of the whole row (default 1). */
  readonly gain?: number;
}

/** A row of bars (see the module comment). */
export class BarRow implements Part<BarRowValues> {
  private readonly boxes: Boxes;

  constructor(
    private readonly shape: BarRowShape,
    material: THREE.Material,
    name: string,
  ) {
    this.boxes = new Boxes(shape.count, material, name, { anchor: 'base' });
  }

  /** The row's instanced mesh. */
  get object(): THREE.InstancedMesh {
    return this.boxes.mesh;
  }

  update(values: BarRowValues, theme: Theme): void {
    const { count, y, z, width, depth } = this.shape;
    for (let i = 0; i < count; i++)
      this.boxes.place(i, this.shape.x(i), y, z, width, values.heights[i] ?? 0, depth, values.colors[i] ?? [0, 0, 0], theme, values.gain ?? 1);
    this.boxes.commit();
  }

  dispose(): void {
    this.boxes.dispose();
  }
}
