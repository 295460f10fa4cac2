/**
 * Text labels drawn into the 3D view as sprites (their textures: label-texture.ts), so they appear in screenshots and recordings
 * (DOM labels would not). Materials are cached by (text, style, theme): changing a label is swapping a material.
 * Scenes write label colours as the dark theme's roles; the factory draws them in the theme it is given.
 * Subscripts written `_x` / `_{…}` are drawn as smaller lowered runs (label-text.ts).
 */
import * as THREE from 'three/webgpu';
import { LABEL_FONT_PX as FONT_PX, labelCanvas, layoutLabel } from './label-text.ts';
import { LABEL_CONTEXT, labelTexture } from './label-texture.ts';
import { DARK_THEME, themedColor, type Theme } from './theme.ts';

/** How a label looks. */
export interface LabelStyle {
  /** CSS colour of the text. */
  readonly color?: string;
  /** Background panel colour, or null for none. */
  readonly background?: string | null;
  readonly bold?: boolean;
  /** Horizontal anchor: the sprite's centre (`center`), its left edge or its right edge sits at the position. */
  readonly align?: 'left' | 'center' | 'right';
}

const FONT_FAMILY = '"DejaVu Sans", "Noto Sans", "Helvetica Neue", Arial, sans-serif';

/** Makes and caches label materials; dispose it with the scene. */
export class LabelFactory {
  private readonly cache = new Map<string, { material: THREE.SpriteMaterial; aspect: number }>();

  /** The cached material of a text and its width/height ratio, in `theme` (default dark). */
  material(text: string, givenStyle: LabelStyle = {}, theme: Theme = DARK_THEME): { material: THREE.SpriteMaterial; aspect: number } {
    const style: LabelStyle = {
      ...givenStyle,
      color: themedColor(theme, givenStyle.color ?? DARK_THEME.text),
      background: givenStyle.background ? themedColor(theme, givenStyle.background) : null,
    };
    const key = `${text}\u0000${style.color}\u0000${style.background}\u0000${style.bold}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', LABEL_CONTEXT)!;
    const fontOf = (px: number) => `${style.bold ? '700' : '500'} ${px}px ${FONT_FAMILY}`;
    const measure = (run: string, px: number) => {
      ctx.font = fontOf(px);
      return ctx.measureText(run).width;
    };
    const layout = layoutLabel(text || ' ', FONT_PX, measure);
    const box = labelCanvas(layout.width, !!style.background);
    canvas.width = box.width;
    canvas.height = box.height;
    if (style.background) {
      ctx.fillStyle = style.background;
      const r = FONT_PX * 0.25;
      ctx.beginPath();
      ctx.roundRect(0, 0, canvas.width, canvas.height, r);
      ctx.fill();
    }
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
    ctx.fillStyle = style.color!;
    const left = (canvas.width - layout.width) / 2;
    for (const run of layout.runs) {
      ctx.font = fontOf(run.fontPx);
      ctx.fillText(run.text, left + run.x, canvas.height / 2 + FONT_PX * 0.04 + run.dy);
    }
    const texture = labelTexture(ctx, canvas.width, canvas.height);
    const material = new THREE.SpriteMaterial({ map: texture, transparent: true, depthWrite: false });
    const entry = { material, aspect: canvas.width / canvas.height };
    this.cache.set(key, entry);
    return entry;
  }

  /** A new sprite showing `text`, `height` world units tall. */
  sprite(text: string, height: number, style: LabelStyle = {}): THREE.Sprite {
    const sprite = new THREE.Sprite();
    sprite.userData.labelHeight = height;
    this.set(sprite, text, style);
    return sprite;
  }

  /** Changes a sprite's text (and style, drawn in `theme`), keeping its height. */
  set(sprite: THREE.Sprite, text: string, style: LabelStyle = {}, theme: Theme = DARK_THEME): void {
    const { material, aspect } = this.material(text, style, theme);
    const height = sprite.userData.labelHeight as number;
    sprite.material = material;
    sprite.scale.set(height * aspect, height, 1);
    const align = style.align ?? 'center';
    sprite.center.set(align === 'left' ? 0 : align === 'right' ? 1 : 0.5, 0.5);
  }

  /** Frees every cached texture and material. */
  dispose(): void {
    for (const { material } of this.cache.values()) {
      material.map?.dispose();
      material.dispose();
    }
    this.cache.clear();
  }
}
