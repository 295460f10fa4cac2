/** The three.js side of a {@link Theme}: how glow materials blend on its background. */
import * as THREE from 'three/webgpu';
import type { Theme } from './theme.ts';

/**
 * Sets a glow material's blending for `theme` (additive on dark, multiply on light: see `glowRgb`); flags the
 * material for a new pipeline only when it changes.
 */
export function applyGlowBlending(material: THREE.Material, theme: Theme): void {
  const blending = theme.glow === 'additive' ? THREE.AdditiveBlending : THREE.MultiplyBlending;
  if (material.blending === blending) return;
  material.blending = blending;
  material.premultipliedAlpha = blending === THREE.MultiplyBlending;
  material.needsUpdate = true;
}
