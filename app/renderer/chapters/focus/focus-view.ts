/**
 * What the focus scene shows for a frame (pure): how lit the object, the mask and the product are at a stage
 * and during a transition, the images' pixels, and the labels of the image and text panels (the product
 * x ⊙ a of the lecture's "atención como foco": each word as bright and as large as x_i a_i).
 */
import { format, formatNumber, messages, type Language } from '#app/shared/i18n/i18n.ts';
import { weightColor } from '../../scene/colormap.ts';
import type { Label } from '../../scene/label-pool.ts';
import { DARK_THEME } from '../../scene/theme.ts';
import { FOCUS_LABELS, textBounds, wordX, TEXT_ROWS, type ImageLayout } from './focus-layout.ts';
import { shownTokens, type FocusFrame } from './focus-narration.ts';

const TEXT = DARK_THEME.text;
const DIM_TEXT = DARK_THEME.dimText;
const FAINT_TEXT = DARK_THEME.faintText;
const ACTIVE = DARK_THEME.accent;
const RIM = DARK_THEME.read;
const STAGES = ['object', 'mask', 'product'] as const;

/** How lit each of the three parts is at a stage: the current and earlier ones fully, later ones dim. */
export function stageLight(stage: string): [number, number, number] {
  const s = Math.max(
    0,
    STAGES.findIndex((name) => name === stage),
  );
  return [0, 1, 2].map((k) => (k <= s ? 1 : 0.16)) as [number, number, number];
}

/** The lights of the parts during a transition from one stage to another. */
export function mixedLight(from: string, to: string, progress: number): [number, number, number] {
  const a = stageLight(from);
  const b = stageLight(to);
  return [0, 1, 2].map((k) => a[k]! + (b[k]! - a[k]!) * progress) as [number, number, number];
}

/** RGBA8 pixels of a grey image (rows flipped: a DataTexture's first row is at the bottom). */
export function greyPixels(values: ArrayLike<number>, width: number, height: number, out?: Uint8Array): Uint8Array {
  const data = out ?? new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = Math.round(255 * Math.min(1, Math.max(0, values[y * width + x]!)));
      const o = ((height - 1 - y) * width + x) * 4;
      data[o] = v;
      data[o + 1] = v;
      data[o + 2] = v;
      data[o + 3] = 255;
    }
  }
  return data;
}

/** RGBA8 pixels of a mask in the sequential colour map (rows flipped). */
export function maskPixels(values: ArrayLike<number>, width: number, height: number, out?: Uint8Array): Uint8Array {
  const data = out ?? new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const c = weightColor(values[y * width + x]!);
      const o = ((height - 1 - y) * width + x) * 4;
      data[o] = Math.round(255 * c[0]);
      data[o + 1] = Math.round(255 * c[1]);
      data[o + 2] = Math.round(255 * c[2]);
      data[o + 3] = 255;
    }
  }
  return data;
}

/** The step and stage, drawn into the picture so recordings carry it. */
export function focusBanner(f: FocusFrame, language: Language, x: number, y: number): Label {
  const msg = messages(language);
  const text = format(msg.playback.frameLabel, { step: f.step + 1, steps: 1, stage: msg.focus.stages[f.stage] });
  return { text, x, y, height: FOCUS_LABELS.banner, style: { color: ACTIVE, bold: true, align: 'left' } };
}

/** The labels of an image frame in layout `L`, with the parts lit by `light`. */
export function focusImageLabels(f: FocusFrame, L: ImageLayout, light: readonly [number, number, number], language: Language): Label[] {
  const d = f.data;
  const msg = messages(language).focus;
  const out: Label[] = [focusBanner(f, language, L.bounds.min[0], L.centersY[0] + L.panelH / 2 + 1.75)];
  const names = [msg.labels.object, d.spot ? msg.labels.mask : msg.labels.painted, msg.labels.product];
  names.forEach((text, k) =>
    out.push({
      text,
      x: L.centers[k]!,
      y: L.centersY[k]! + L.panelH / 2 + 0.6,
      height: FOCUS_LABELS.panelName,
      style: { color: light[k]! > 0.9 ? (STAGES.indexOf(f.stage) === k ? ACTIVE : TEXT) : DIM_TEXT, bold: true },
    }),
  );
  (['⊙', '='] as const).forEach((text, s) =>
    out.push({
      text,
      x: L.signs[s]![0],
      y: L.signs[s]![1],
      height: FOCUS_LABELS.sign,
      style: { color: light[s + 1]! > 0.9 ? TEXT : DIM_TEXT, bold: true },
    }),
  );
  if (d.spot) {
    const n = (x: number) => formatNumber(language, x, 2);
    out.push({
      // Ending at the mask's right edge: wider than the panel, centred it ran off a narrow view.
      text: format(msg.labels.spot, { x: n(d.spot.x), y: n(d.spot.y), radius: n(d.spot.radius) }),
      x: L.centers[1] + L.panelW / 2,
      y: L.centersY[1] - L.panelH / 2 - 0.6,
      height: FOCUS_LABELS.spot,
      style: { color: RIM, bold: true, align: 'right' },
    });
  }
  // The interaction hint under the product, one gesture per line pair (on one line it was wider than the board).
  const hints = msg.labels.hint.split(' · ');
  const half = Math.ceil(hints.length / 2);
  [hints.slice(0, half), hints.slice(half)].forEach((part, i) =>
    out.push({ text: part.join(' · '), x: 0, y: L.footY - 0.55 * i, height: FOCUS_LABELS.hint, style: { color: DIM_TEXT } }),
  );
  return out;
}

/** The labels of a text frame, with the parts lit by `light`. */
export function focusTextLabels(f: FocusFrame, light: readonly [number, number, number], language: Language): Label[] {
  const d = f.data;
  const n = d.width;
  const tokens = shownTokens(d, language);
  const msg = messages(language).focus;
  const maxProduct = Math.max(1e-9, ...Array.from(d.product, Math.abs));
  const b = textBounds(n);
  const out: Label[] = [focusBanner(f, language, b.min[0], b.max[1] - 0.4)];
  const rowLabel = (text: string, y: number, on: number) =>
    out.push({
      text,
      x: b.min[0],
      y,
      height: FOCUS_LABELS.rowName,
      style: { color: on > 0.9 ? TEXT : DIM_TEXT, bold: true, align: 'left' },
    });
  rowLabel(msg.labels.words, TEXT_ROWS.words + 0.75, light[0]);
  rowLabel(msg.labels.vector, TEXT_ROWS.barBase + TEXT_ROWS.barH + 0.05, light[1]);
  rowLabel(msg.labels.emphasis, TEXT_ROWS.product - 0.95, light[2]);
  tokens.forEach((t, i) => {
    const x = wordX(i, n);
    out.push({ text: t, x, y: TEXT_ROWS.words, height: FOCUS_LABELS.word, style: { color: light[0] > 0.9 ? TEXT : DIM_TEXT, bold: true } });
    const a = d.mask[i]!;
    out.push({
      text: formatNumber(language, a, 2),
      x,
      y: TEXT_ROWS.barBase + a * TEXT_ROWS.barH + 0.35,
      z: 0.5,
      height: FOCUS_LABELS.number,
      style: { color: light[1] > 0.9 ? TEXT : DIM_TEXT, bold: true },
    });
    // The product: each word as strong and as large as x_i a_i, in the theme's text roles (a grey ramp toward
    // white was white on the light theme's panel), no taller than the words above (larger ones overflowed).
    const p = Math.min(1, Math.abs(d.product[i]!) / maxProduct);
    const shown = light[2] > 0.5;
    const c = !shown ? DIM_TEXT : p > 0.66 ? TEXT : p > 0.33 ? DIM_TEXT : FAINT_TEXT;
    out.push({ text: t, x, y: TEXT_ROWS.product, z: 0.3, height: shown ? 0.5 + 0.3 * p : 0.65, style: { color: c, bold: p > 0.5 } });
    if (shown)
      out.push({
        text: formatNumber(language, d.product[i]!, 2),
        x,
        y: TEXT_ROWS.product - 0.95,
        height: FOCUS_LABELS.productNumber,
        style: { color: DIM_TEXT },
      });
  });
  return out;
}
