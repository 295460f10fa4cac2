import * as THREE from 'three/webgpu';
import { describe, expect, it } from 'vitest';
import type { LabelStyle } from './text-sprite.ts';
import { DARK_THEME, LIGHT_THEME, type Theme } from './theme.ts';
import { LabelPool } from './label-pool.ts';

/** A factory that records what it was asked to draw instead of drawing text on a canvas. */
function fakeFactory() {
  const drawn: { text: string; style?: LabelStyle; theme?: Theme; height: number }[] = [];
  return {
    drawn,
    made: 0,
    sprite(_text: string, height: number) {
      this.made++;
      const s = new THREE.Sprite();
      s.userData.labelHeight = height;
      return s;
    },
    set(s: THREE.Sprite, text: string, style?: LabelStyle, theme?: Theme) {
      drawn.push({ text, style, theme, height: s.userData.labelHeight as number });
      s.name = text;
    },
  };
}

describe('LabelPool', () => {
  it('grows to the labels asked for, places each with its height, style and theme, defaults z and height', () => {
    const f = fakeFactory();
    const pool = new LabelPool(f, { z: 0.3, height: 0.5, renderOrder: 5 });
    pool.show(
      [
        { text: 'a', x: 1, y: 2, height: 0.8, style: { bold: true } },
        { text: 'b', x: 3, y: 4, z: 1 },
      ],
      LIGHT_THEME,
    );
    const [a, b] = pool.group.children as THREE.Sprite[];
    expect(pool.group.children).toHaveLength(2);
    expect(a!.position.toArray()).toEqual([1, 2, 0.3]);
    expect(b!.position.toArray()).toEqual([3, 4, 1]);
    expect(f.drawn).toEqual([
      { text: 'a', style: { bold: true }, theme: LIGHT_THEME, height: 0.8 },
      { text: 'b', style: undefined, theme: LIGHT_THEME, height: 0.5 },
    ]);
    expect(a!.renderOrder).toBe(5);
  });
  it('reuses its sprites and hides those beyond the list and those with empty text', () => {
    const f = fakeFactory();
    const pool = new LabelPool(f);
    pool.show(
      [
        { text: 'a', x: 0, y: 0 },
        { text: 'b', x: 0, y: 0 },
        { text: 'c', x: 0, y: 0 },
      ],
      DARK_THEME,
    );
    pool.show(
      [
        { text: '', x: 0, y: 0 },
        { text: 'd', x: 0, y: 0 },
      ],
      DARK_THEME,
    );
    expect(f.made).toBe(3);
    expect(pool.group.children.map((s) => s.visible)).toEqual([false, true, false]);
    expect(pool.group.children[1]!.name).toBe('d');
    expect(pool.group.children[1]!.position.z).toBe(0.4);
  });
});
