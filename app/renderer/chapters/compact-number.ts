/**
 * Numbers written into the 3D view at the lecture size (≥ 22 px at 1080p): as short as they can be without
 * losing what they say, so they can be drawn large in the room a cell or a slot gives them.
 */
import { formatNumber, type Language } from '#app/shared/i18n/i18n.ts';

/**
 * `x` with at most two decimals and no trailing zeros, a true minus sign, and nothing for a value that rounds to 0
 * (the cell's colour says 0; the hover read-out gives every value exactly): "1", "0,5", "−0,25".
 */
export function compactNumber(language: Language, x: number): string {
  const r = Math.round(x * 100) / 100;
  if (r === 0) return '';
  const decimals = Number.isInteger(r) ? 0 : Number.isInteger(Math.round(r * 1000) / 100) ? 1 : 2;
  return formatNumber(language, r, decimals).replace('-', '−');
}
