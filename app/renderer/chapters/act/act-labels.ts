/**
 * The ACT scene's labels for a frame (pure): the inputs on the time axis (with parity's non-zero counts), N over
 * every stack in the overview, the budget and its segments hⁿ and R, the 1 − ε threshold, the rows' hⁿ or pⁿ,
 * the state values, the halt tag, the outputs s_t and y_t, the ponder cost ρ = N + R (Graves 2016, eq. 12) and
 * the step banner.
 */
import type { ActTrace } from '#core/models/act/run.ts';
import { nonZeroCount } from '#core/models/act/parity.ts';
import { format, messages, type Language } from '#app/shared/i18n/i18n.ts';
import { compactNumber } from '../compact-number.ts';
import type { Label } from '../../scene/label-pool.ts';
import { DARK_THEME } from '../../scene/theme.ts';
import { labelWorldWidth } from '../../scene/screen-size.ts';
import {
  MAX_NUMBERED_STATE,
  OUTPUT_ROW_HEIGHT,
  barX,
  boardBounds,
  budgetBar,
  columnBounds,
  overviewLabelHeight,
  overviewLabelTop,
  overviewStepsY,
  rowX,
  rowY,
  stackTop,
} from './act-layout.ts';
import { actNumber, subscript, superscript } from './act-narration.ts';
import { isOverview, type ActDisplay, type ActTraceInfo } from './act-view.ts';

const TEXT = DARK_THEME.text;
const DIM_TEXT = DARK_THEME.dimText;
const ACTIVE = DARK_THEME.accent;
const CYAN_HEX = DARK_THEME.read;
const MAGENTA_HEX = DARK_THEME.write;
const LABEL_BG = DARK_THEME.labelPanel;

/** World height of the values written on the cells (≥ 22 px at 1080p: act-legibility.test.ts). */
export const CELL_NUMBER_HEIGHT = 0.5;

/** The height at which a bare label's text is `width` wide (scene/screen-size.ts's estimate). */
function fitHeight(text: string, width: number): number {
  return width / labelWorldWidth(text, 1, false);
}

/** The labels of frame `frame` (display `to`); `budgetEnd`: where the budget bar ends, its overshoot included. */
export function actLabels(trace: ActTrace, frame: number, language: Language, info: ActTraceInfo, to: ActDisplay, budgetEnd: number): Label[] {
  const L = info.layout;
  const m = messages(language);
  const A = m.act.labels;
  const num = (x: number) => actNumber(language, x);
  const t = to.step;
  const c = info.combine[t]!;
  const H = L.labelHeight;
  const overview = isOverview(trace, frame);
  // The overview's labels are sized for the lecture hall's 1080p view (act-overview-legibility.test.ts).
  const big = overview ? Math.max(1, overviewLabelHeight(L) / H) : 1;
  const out: Label[] = [];
  const { parity } = info;

  // The time axis: in the overview input labels under every column and N over every stack; in a column frame
  // the current input's label only.
  for (let u = 0; u < trace.steps; u++) {
    if (!overview && u !== t) continue;
    const x = rowX(L, u) + L.rowWidth / 2;
    // A column frame's label is centred under the bars and the row together, clear of the fan on the right.
    const labelX = overview ? x : (barX(L, u) + rowX(L, u) + L.rowWidth) / 2;
    const name = format(A.input, { t: subscript(u + 1) });
    const count = parity ? format(A.nonZero, { k: nonZeroCount(info.inputs[u]!) }) : '';
    const style = { color: u === t ? ACTIVE : DIM_TEXT, bold: u === t };
    if (overview) {
      // Under the output rows, clear of the axis and the fans' beams: the name, and parity's count on a second
      // line, each lecture-sized and no wider than its column.
      const top = overviewLabelTop(L);
      const lines = count ? [name, count] : [name];
      lines.forEach((text, i) => {
        const height = Math.min(H * big, fitHeight(text, L.columnWidth - 0.3));
        out.push({ text, x: labelX, y: top - (i + 0.5) * H * big, height, style });
      });
    } else {
      out.push({ text: count ? `${name} · ${count}` : name, x: labelX, y: L.inputLabelY, height: H, style });
    }
    if (overview) {
      out.push({
        text: format(A.steps, { n: info.combine[u]!.steps }),
        x,
        y: overviewStepsY(L, u, u === t),
        height: H * big,
        style: { color: TEXT, bold: true },
      });
    }
  }
  if (overview) {
    const [x0, , , y1] = boardBounds(L);
    out.push({
      text: A.plotTitle,
      x: x0 + 0.2,
      y: y1 - H * big,
      height: H * big * 1.2,
      style: { color: ACTIVE, bold: true, align: 'left' },
    });
  }

  // In the overview the plot is the message: the current step's details would be too small to read.
  if (overview) return out;

  // The budget bar of the current step.
  const b = budgetBar(L, t);
  const spentBefore = (n: number) => c.halting.slice(0, n).reduce((a, h) => a + h, 0);
  const halted = to.combined || to.ponder === c.steps;
  out.push({
    text: A.budget,
    x: b.x,
    y: b.y + 0.62,
    height: H,
    style: { color: TEXT, bold: true, align: 'left' },
  });
  if (halted) {
    out.push({
      text: format(A.remainderOf, {
        spent: num(spentBefore(c.steps - 1)),
        value: num(c.remainder),
      }),
      x: b.x + b.length,
      y: b.y - 0.62,
      height: H,
      style: { color: MAGENTA_HEX, bold: true, align: 'right' },
    });
  } else if (to.ponder > 0) {
    out.push({
      text: format(A.left, { value: num(1 - spentBefore(to.ponder)) }),
      x: b.x + b.length,
      y: b.y - 0.62,
      height: H,
      style: { color: ACTIVE, bold: true, align: 'right' },
    });
  }
  out.push({
    text: format(A.threshold, { value: num(1 - c.epsilon) }),
    x: Math.max(b.x + b.length, budgetEnd) + 0.2,
    y: b.y,
    height: H * 0.9,
    style: { color: TEXT, align: 'left' },
  });
  // Segment names inside the bar where they fit.
  const shown = to.combined ? c.steps : to.ponder;
  for (let n = 0; n < shown; n++) {
    const last = n === c.steps - 1;
    const w = (last ? c.remainder : c.halting[n]!) * b.length;
    if (w < 0.42) continue;
    const x = b.x + (spentBefore(n) + (last ? c.remainder : c.halting[n]!) / 2) * b.length;
    out.push({
      text: last ? 'R' : `h${superscript(n + 1)}`,
      x,
      y: b.y,
      z: 0.5,
      height: 0.34,
      style: { color: DARK_THEME.onBar, bold: true },
    });
  }

  // Row labels of the current step: hⁿ while pondering, pⁿ once combined, the halt tag.
  const dense = L.rowHeight < 0.9;
  const rows = to.combined ? c.steps : to.ponder;
  for (let n = 1; n <= rows; n++) {
    const isCurrent = !to.combined && n === to.ponder;
    const isLast = n === c.steps;
    if (dense && !isCurrent && !isLast) continue;
    const value = to.combined ? c.probabilities[n - 1]! : c.halting[n - 1]!;
    const text = to.combined
      ? isLast
        ? `${format(A.weight, { n: superscript(n), value: num(value) })} = R`
        : format(A.weight, { n: superscript(n), value: num(value) })
      : format(A.halting, { n: superscript(n), value: num(value) });
    const color = to.combined && isLast ? MAGENTA_HEX : isCurrent ? ACTIVE : CYAN_HEX;
    out.push({
      text,
      x: barX(L, t) - 0.15,
      y: rowY(L, n),
      height: H,
      style: {
        color,
        bold: isCurrent || (to.combined && isLast),
        align: 'right',
      },
    });
  }
  // State values on the cells when there are few (D ≤ 4, rows tall enough), at the lecture size: zeros left out
  // (the cell's grey says 0; the hover read-out gives every value), two decimals at most.
  const onCells = (values: readonly number[], y: number, width: number) =>
    values.forEach((v, j) => {
      const text = compactNumber(language, v);
      if (text) out.push({ text, x: rowX(L, t) + (j + 0.5) * width, y, z: 0.5, height: CELL_NUMBER_HEIGHT, style: { color: TEXT, background: LABEL_BG } });
    });
  if (L.stateSize <= MAX_NUMBERED_STATE && !dense) {
    for (let n = 1; n <= rows; n++) onCells(c.states[n - 1]!, rowY(L, n), L.rowWidth / L.stateSize);
  }
  if (halted) {
    const tag = c.capped ? format(A.capped, { n: c.maxSteps }) : format(A.halts, { n: c.steps });
    out.push({
      text: tag,
      x: rowX(L, t) + L.rowWidth / 2,
      y: stackTop(L, t) + 0.5,
      height: H,
      style: { color: MAGENTA_HEX, bold: true, background: LABEL_BG },
    });
  }

  // Outputs and the ponder cost, once combined.
  if (to.combined) {
    out.push({
      text: format(A.output, { t: subscript(t + 1) }),
      x: barX(L, t) - 0.15,
      y: L.stateOutY,
      height: H,
      style: { color: TEXT, bold: true, align: 'right' },
    });
    if (L.outputSize > 0 && c.output.length)
      out.push({
        text: format(A.outputY, { t: subscript(t + 1) }),
        x: barX(L, t) - 0.15,
        y: L.outputOutY,
        height: H,
        style: { color: TEXT, bold: true, align: 'right' },
      });
    if (L.stateSize <= MAX_NUMBERED_STATE) onCells(c.state, L.stateOutY, L.rowWidth / L.stateSize);
    if (L.outputSize > 0 && L.outputSize <= MAX_NUMBERED_STATE && c.output.length) onCells(c.output, L.outputOutY, L.rowWidth / L.outputSize);
    const bottom = (L.outputSize > 0 ? L.outputOutY : L.stateOutY) - OUTPUT_ROW_HEIGHT / 2 - 0.55;
    out.push({
      text: format(A.cost, {
        n: c.steps,
        r: num(c.remainder),
        value: num(c.ponderCost),
      }),
      x: barX(L, t),
      y: bottom,
      height: H * 1.1,
      style: { color: ACTIVE, bold: true, align: 'left' },
    });
  }

  // The step and stage, drawn into the picture so recordings carry it.
  const stage = to.combined ? m.act.stages.combine : `${m.act.stages.ponder} ${to.ponder}`;
  const banner = format(m.playback.frameLabel, {
    step: t + 1,
    steps: trace.steps,
    stage,
  });
  if (!overview) {
    const [x0, , , y1] = columnBounds(L, t);
    out.push({
      text: banner,
      x: x0 + 0.2,
      y: y1 - 0.5,
      height: H * 1.1,
      style: { color: ACTIVE, bold: true, align: 'left' },
    });
  }
  return out;
}
