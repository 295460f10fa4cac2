/**
 * The NTM scene's labels for a frame (pure): row titles and parameters, the k/r/e/a and slot names, the cosine
 * similarities under the slots at content addressing (NTM eq. 6), the numbers over the bars, on the memory
 * blocks and on the vectors, the bar stretch and the step banner.
 */
import { format, formatNumber, messages, type Language } from '#app/shared/i18n/i18n.ts';
import type { Label } from '../../scene/label-pool.ts';
import { DARK_THEME } from '../../scene/theme.ts';
import { compactNumber } from '../compact-number.ts';
import { TICK_HEIGHT, heatMapY, heatTicks } from './ntm-heat-ticks.ts';
import { ROWS, cellY, showsNumbers, slotX, writesValues, type NtmLayout, type RowId } from './ntm-layout.ts';
import { ntmDisplay, stageIndex, type NtmView } from './ntm-view.ts';

const TEXT = DARK_THEME.text;
const DIM_TEXT = DARK_THEME.dimText;
const ACTIVE = DARK_THEME.accent;
const READ_HEX = DARK_THEME.read;
const WRITE_HEX = DARK_THEME.write;

/** How a number on a block looks: a bare digit (a bit) dark on its bright block, anything longer on a panel. */
function onBlock(text: string): { color: string; background?: string; bold?: boolean } {
  return /^\d$/.test(text) ? { color: DARK_THEME.onBar, bold: true } : { color: TEXT, background: DARK_THEME.labelPanel };
}

/** What the labels depend on besides the frame. */
export interface NtmLabelContext {
  readonly layout: NtmLayout;
  readonly language: Language;
  /** Time steps of the run (for the banner). */
  readonly steps: number;
  /** Whether the heat maps are shown (multi-step runs). */
  readonly heat: boolean;
  /** The memory's colour range (ntm-view.ts memoryRange). */
  readonly range: number;
  /** The bar stretch (ntm-view.ts barScale; 1 for N ≤ 32). */
  readonly weightScale: number;
  readonly activeRow: RowId | null;
}

/** The label groups of the NTM scene (one label pool each). */
export interface NtmLabels {
  readonly titles: Label[];
  readonly numbers: Label[];
  readonly memoryNumbers: Label[];
  readonly vectorNumbers: Label[];
  readonly banner: Label[];
}

/** The labels of frame view `v` (numbers from the target frame: the numbers being taught). */
export function ntmLabels(v: NtmView, c: NtmLabelContext): NtmLabels {
  const L = c.layout;
  const { n, m } = L;
  const { activeRow, range } = c;
  const msg = messages(c.language);
  const num = (x: number) => formatNumber(c.language, x, 2);
  /** Whole numbers (the copy task's bits) without decimals: shorter, so they can be drawn larger. */
  const cellText = (x: number) => (Math.abs(x - Math.round(x)) < 0.005 ? String(Math.round(x)) : num(x));
  /** A value written on a block or over a bar: no trailing zeros ("0,5", "1", "−0,25"), nothing for 0. */
  const valueText = (x: number) => compactNumber(c.language, x);
  const stage = stageIndex(v.stage);
  const params: Record<RowId, string> = {
    content: `β = ${num(v.beta)}`,
    previous: `g = ${num(v.gate)}`,
    interpolate: '',
    shift: `s = [${v.shift.map(cellText).join('  ')}]`,
    sharpen: `γ = ${num(v.gamma)}`,
  };
  const titles: Label[] = [];
  for (const { id } of ROWS) {
    const active = id === activeRow || (id === 'previous' && activeRow === 'interpolate');
    titles.push({
      text: msg.ntm.rows[id],
      x: L.titleX,
      y: L.rowY[id] + 0.78,
      z: 0,
      style: {
        color: active ? ACTIVE : id === 'previous' ? DIM_TEXT : TEXT,
        bold: true,
        align: 'right',
      },
    });
    if (params[id])
      titles.push({
        text: params[id],
        x: L.titleX,
        y: L.rowY[id] + 0.28,
        z: 0,
        style: { color: active ? ACTIVE : DIM_TEXT, align: 'right' },
      });
  }
  const bottom = -m * L.cellHeight;
  const below = bottom - 0.42;
  titles.push({
    text: msg.ntm.rows.memory,
    x: L.keyX - 0.95,
    y: bottom / 2,
    z: 0,
    style: { color: TEXT, bold: true, align: 'right' },
  });
  titles.push({
    text: 'k',
    x: L.keyX,
    y: below,
    z: 0,
    style: { color: stage === 0 ? ACTIVE : TEXT, bold: true },
  });
  titles.push({
    text: 'r',
    x: L.readX,
    y: below,
    z: 0,
    style: { color: v.stage === 'read' ? ACTIVE : TEXT, bold: true },
  });
  // e and a are drawn on every step (dim where the head does not write, or e in the lecture's simplified write):
  // so they are always named.
  const writes = v.role !== 'read';
  for (const [text, x, used] of [
    ['e', L.eraseX, writes && v.writeMode === 'erase-add'],
    ['a', L.addX, writes],
  ] as const)
    titles.push({
      text,
      x,
      y: below,
      z: 0,
      style: { color: !used ? DIM_TEXT : v.stage === 'write' ? ACTIVE : TEXT, bold: true },
    });
  if (c.heat) {
    const left = L.heatX - L.heatWidth / 2;
    titles.push({
      text: msg.ntm.rows.readHeat,
      x: left,
      y: heatMapY(L).read + L.heatHeight / 2 + 0.3,
      z: 0,
      style: { color: READ_HEX, bold: true, align: 'left' },
    });
    titles.push({
      text: msg.ntm.rows.writeHeat,
      x: left,
      y: heatMapY(L).write + L.heatHeight / 2 + 0.3,
      z: 0,
      style: { color: WRITE_HEX, bold: true, align: 'left' },
    });
    titles.push({
      text: msg.ntm.rows.time,
      x: left,
      y: heatMapY(L).write - L.heatHeight / 2 - TICK_HEIGHT - 0.4, // under the time ticks
      z: 0,
      style: { color: DIM_TEXT, align: 'left' },
    });
    titles.push(...heatTicks(L, c.steps));
  }
  if (showsNumbers(n)) {
    for (let i = 0; i < n; i++)
      titles.push({
        text: String(i),
        x: slotX(L, i),
        y: below,
        z: 0,
        style: { color: DIM_TEXT },
      });
    // Content addressing compares the key with every slot: show each cosine similarity K[k, M_i] under its slot.
    if (stage === 0 && v.similarity.length === n) {
      const kY = below - 0.55;
      titles.push({
        text: 'K[k, Mᵢ]',
        x: L.keyX - 0.95,
        y: kY,
        z: 0,
        style: { color: ACTIVE, bold: true, align: 'right' },
      });
      for (let i = 0; i < n; i++)
        titles.push({
          text: num(v.similarity[i]!),
          x: slotX(L, i),
          y: kY,
          z: 0,
          style: { color: ACTIVE },
        });
    }
  }
  const head =
    v.stage === 'read' && v.role !== 'write'
      ? [msg.ntm.rows.readHead, READ_HEX]
      : v.stage === 'write' && v.role !== 'read'
        ? [msg.ntm.rows.writeHead, WRITE_HEX]
        : null;
  if (head)
    titles.push({
      text: head[0]!,
      x: L.titleX,
      y: L.rowY.sharpen - 0.45,
      z: 0,
      style: { color: head[1]!, bold: true, align: 'right' },
    });

  // Numbers over the bars (N ≤ 32).
  const numbers: Label[] = [];
  const target = ntmDisplay(v);
  if (writesValues(n)) {
    for (const { id, stage: from } of ROWS) {
      if (stage < from) continue;
      const values = target.rows[id];
      // A uniform row (β = 0 gives 1/N everywhere) is written once: N copies of "0,08" would not fit side by side.
      const first = values[0] ?? 0;
      if (n > 1 && Math.abs(first) >= 0.005 && values.every((w) => Math.abs(w - first) < 0.005)) {
        numbers.push({
          text: format(msg.ntm.rows.everySlot, { value: valueText(first) }),
          x: 0,
          y: L.rowY[id] + first * L.barHeight + L.numberHeight * 0.6 + 0.04,
          z: 0.6,
          style: { color: id === activeRow ? ACTIVE : TEXT },
        });
        continue;
      }
      for (let i = 0; i < n; i++) {
        const w = values[i] ?? 0;
        // Exact zeros are common (one-hot weights): a dim "0" keeps the eye on the weights that matter.
        const zero = Math.abs(w) < 0.005;
        numbers.push({
          text: zero ? '0' : valueText(w),
          x: slotX(L, i),
          y: L.rowY[id] + w * L.barHeight + L.numberHeight * 0.6 + 0.04,
          z: 0.6,
          style: { color: zero ? DIM_TEXT : id === activeRow ? ACTIVE : TEXT },
        });
      }
    }
  }

  // Memory values on the blocks, when few enough to read.
  const memoryNumbers: Label[] = [];
  if (n * m <= 128 && writesValues(n)) {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        const value = target.memory[i * m + j] ?? 0;
        const text = valueText(value);
        // Zeros are left out (the grey block says 0); a whole number (a bit) stands bare and dark on its bright
        // block, other values on a panel.
        if (text)
          memoryNumbers.push({
            text,
            x: slotX(L, i),
            y: cellY(L, j),
            z: (Math.abs(value) / range) * L.memoryDepth + 0.08,
            style: onBlock(text),
          });
      }
    }
  }

  // Numbers of k, r, e, a (M ≤ 12) while they take part.
  const vectorNumbers: Label[] = [];
  if (m <= 12 && writesValues(n)) {
    const cols: [number, number[], boolean, 'signed' | 'weight'][] = [
      [L.keyX, target.key, stage === 0, 'signed'],
      [L.readX, target.read, stage >= 4 && v.role !== 'write', 'signed'],
      [L.eraseX, target.erase, v.stage === 'write' && v.role !== 'read' && v.writeMode === 'erase-add', 'weight'],
      [L.addX, target.add, v.stage === 'write' && v.role !== 'read', 'signed'],
    ];
    for (const [x, values, on, kind] of cols) {
      if (!on) continue;
      for (let j = 0; j < m; j++) {
        const value = values[j] ?? 0;
        const depth = kind === 'weight' ? value * L.memoryDepth : (Math.abs(value) / range) * L.memoryDepth;
        const text = valueText(value);
        if (text) vectorNumbers.push({ text, x, y: cellY(L, j), z: depth + 0.08, style: onBlock(text) });
      }
    }
  }

  // With many slots the bars are stretched so the small weights show: say by how much.
  if (c.weightScale > 1.05)
    titles.push({
      text: `↕ ×${formatNumber(c.language, c.weightScale, 1)}`,
      x: L.width / 2,
      y: L.rowY.content + 1.3,
      z: 0,
      style: { color: DIM_TEXT, align: 'right' },
    });

  // The step and stage, drawn into the picture so recordings carry it.
  const text = format(msg.playback.frameLabel, {
    step: v.step + 1,
    steps: c.steps,
    stage: msg.ntm.stages[v.stage],
  });
  const banner: Label[] = [
    {
      text,
      x: L.bounds.min[0] + 0.1,
      y: L.rowY.content + 1.75,
      z: 0,
      style: { color: ACTIVE, bold: true, align: 'left' },
    },
  ];
  return { titles, numbers, memoryNumbers, vectorNumbers, banner };
}
