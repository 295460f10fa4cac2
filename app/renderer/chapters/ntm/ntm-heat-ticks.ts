/**
 * The tick labels of the NTM's heat maps of the read and write weightings over time (multi-step runs, like
 * Graves et al. 2014, Figs. 4–6): slot numbers down the left edge of each map (slot 0 on top, as in the memory
 * below, the middle slot and the last) and time steps, counted from 1 as in the step banner, under the write
 * map (both maps share their columns), at 1, every 5th step and the last. Drawn at the lecture size
 * (≥ 22 px at 1080p: ntm-heat-ticks.test.ts).
 */
import type { Label } from '../../scene/label-pool.ts';
import { DARK_THEME } from '../../scene/theme.ts';
import type { NtmLayout } from './ntm-layout.ts';

/** World height of a tick label. */
export const TICK_HEIGHT = 0.56;

/** Centre y of the read and write maps (ntm-parts.ts places the planes there). */
export function heatMapY(L: NtmLayout): { read: number; write: number } {
  return { read: L.rowY.previous + 0.3, write: L.rowY.shift + 0.1 };
}

/** The time steps that get a tick (1-based): the first, every 5th, and the last (dropped when 2 columns from a 5th). */
export function timeTicks(steps: number): number[] {
  const ticks = [1];
  for (let t = 5; t < steps; t += 5) ticks.push(t);
  if (steps > 1 && steps - ticks.at(-1)! >= 2) ticks.push(steps);
  else if (steps > 1) ticks[ticks.length - 1] = steps;
  return ticks;
}

/** The slots that get a tick: the first, the middle and the last. */
export function slotTicks(n: number): number[] {
  return [...new Set([0, Math.floor((n - 1) / 2), n - 1])].filter((i) => i >= 0);
}

/** The tick labels of both heat maps, for `steps` time steps over the layout's N slots. */
export function heatTicks(L: NtmLayout, steps: number): Label[] {
  const left = L.heatX - L.heatWidth / 2;
  const style = { color: DARK_THEME.dimText };
  const out: Label[] = [];
  for (const y of Object.values(heatMapY(L))) {
    const top = y + L.heatHeight / 2;
    for (const i of slotTicks(L.n)) {
      out.push({ text: String(i), x: left - 0.12, y: top - ((i + 0.5) * L.heatHeight) / L.n, z: 0, height: TICK_HEIGHT, style: { ...style, align: 'right' } });
    }
  }
  const bottom = heatMapY(L).write - L.heatHeight / 2;
  for (const t of timeTicks(steps)) {
    out.push({ text: String(t), x: left + ((t - 0.5) * L.heatWidth) / steps, y: bottom - 0.05 - TICK_HEIGHT / 2, z: 0, height: TICK_HEIGHT, style });
  }
  return out;
}
