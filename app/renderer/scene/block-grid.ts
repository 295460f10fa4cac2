/**
 * A grid of blocks on a flat backing (the NTM's memory tape and its k, r, e, a columns; the ACT's state cells):
 * block (i, j) stands at (x(i), y(j)) with its back face on z = 0 and grows towards the viewer, its depth,
 * colour and brightness given per update. Instances are numbered column-major, i · rows + j, like the
 * memory M[i, j].
 */
import type * as THREE from 'three/webgpu';
import type { Rgb } from './colormap.ts';
import { Boxes } from './boxes.ts';
import type { Part } from './part.ts';
import type { Theme } from './theme.ts';

/** Where a {@link BlockGrid}'s blocks stand (fixed for its life). */
export interface BlockGridShape {
  readonly columns: number;
  readonly rows: number;
  /** Centre x of column i. */
  x(i: number): number;
  /** Centre y of row j. */
  y(j: number): number;
  /** Width of column i's blocks. */
  width(i: number): number;
  readonly height: number;
}

/** What a {@link BlockGrid} shows for one frame, per block i · rows + j. */
export interface BlockGridValues {
  readonly depths: readonly number[];
  readonly colors: readonly Rgb[];
  /** Brightness per block (default 1). */
  readonly gains?: readonly number[];
}

/** A grid of blocks (see the module comment). */
export class BlockGrid implements Part<BlockGridValues> {
  private readonly boxes: Boxes;

  constructor(
    private readonly shape: BlockGridShape,
    material: THREE.Material,
    name: string,
  ) {
    this.boxes = new Boxes(shape.columns * shape.rows, material, name, {
      anchor: 'back',
    });
  }

  /** The grid's instanced mesh. */
  get object(): THREE.InstancedMesh {
    return this.boxes.mesh;
  }

  update(values: BlockGridValues, theme: Theme): void {
    const { columns, rows, height } = this.shape;
    for (let i = 0; i < columns; i++) {
      const x = this.shape.x(i);
      const w = this.shape.width(i);
      for (let j = 0; j < rows; j++) {
        const k = i * rows + j;
        this.boxes.place(k, x, this.shape.y(j), 0, w, height, values.depths[k] ?? 0, values.colors[k] ?? [0, 0, 0], theme, values.gains?.[k] ?? 1);
      }
    }
    this.boxes.commit();
  }

  dispose(): void {
    this.boxes.dispose();
  }
}
