/**
 * A pool of label sprites that every chapter scene re-texts each update: the scene lists the labels it wants
 * (text, position, world height, style) and the pool grows to that many sprites, hides the rest and the empty
 * ones, and draws each in the input's theme. One pool per group of labels; its `group` goes into the scene.
 */
import * as THREE from 'three/webgpu';
import type { LabelFactory, LabelStyle } from './text-sprite.ts';
import type { Theme } from './theme.ts';

/** One label: its text, where it stands, how tall it is (world units) and how it looks. */
export interface Label {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Depth; the pool's default `z` when left out. */
  readonly z?: number;
  /** World height; the pool's default `height` when left out. */
  readonly height?: number;
  readonly style?: LabelStyle;
}

/** Defaults of a {@link LabelPool}. */
export interface LabelPoolOptions {
  /** Depth of labels that give none (default 0.4: just in front of a flat board). */
  readonly z?: number;
  /** World height of labels that give none (default 1). */
  readonly height?: number;
  /** Render order of the pool's sprites (default 0, three.js's). */
  readonly renderOrder?: number;
}

/** A pool of label sprites re-texted every update (see the module comment). */
export class LabelPool {
  /** The sprites' parent: add it to the scene once. */
  readonly group = new THREE.Group();
  private readonly sprites: THREE.Sprite[] = [];
  private readonly z: number;
  private readonly height: number;
  private readonly renderOrder: number;

  constructor(
    private readonly factory: Pick<LabelFactory, 'sprite' | 'set'>,
    options: LabelPoolOptions = {},
  ) {
    this.z = options.z ?? 0.4;
    this.height = options.height ?? 1;
    this.renderOrder = options.renderOrder ?? 0;
  }

  /** Shows `labels` (in order, one sprite each) drawn in `theme`; sprites beyond them and empty texts are hidden. */
  show(labels: readonly Label[], theme: Theme): void {
    while (this.sprites.length < labels.length) {
      const s = this.factory.sprite('', this.height);
      s.renderOrder = this.renderOrder;
      this.sprites.push(s);
      this.group.add(s);
    }
    this.sprites.forEach((s, i) => {
      const l = labels[i];
      s.visible = !!l && l.text !== '';
      if (!l || !s.visible) return;
      s.userData.labelHeight = l.height ?? this.height;
      this.factory.set(s, l.text, l.style, theme);
      s.position.set(l.x, l.y, l.z ?? this.z);
    });
  }
}
