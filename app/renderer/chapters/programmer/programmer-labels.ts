/**
 * The Neural Programmer scene's labels for a frame (pure): the banner, the question and its pivot, the column
 * names with α_col, the row selectors rs_(t−1) and rs_t, the table's numbers, the column sums, the operations
 * with α_op and their own scalar results, the hard choice and the answer cards (Neelakantan, Le & Sutskever
 * 2016, §2.3: the soft mixture beside the hard argmax).
 */
import { OPERATIONS } from '#core/models/programmer/types.ts';
import { format, formatNumber, messages, type Language } from '#app/shared/i18n/i18n.ts';
import type { Label } from '../../scene/label-pool.ts';
import { DARK_THEME } from '../../scene/theme.ts';
import { columnX, opX, rowY, type ProgrammerLayout } from './programmer-layout.ts';
import { shortNumber } from './programmer-narration.ts';
import { SCALAR_OPERATIONS, hardChoice, ownResult, programmerDisplay, stageIndex, type ProgrammerDisplay, type ProgrammerFrame } from './programmer-view.ts';

const TEXT = DARK_THEME.text;
const DIM_TEXT = DARK_THEME.dimText;
const ACTIVE = DARK_THEME.accent;
const HARD = DARK_THEME.write;
const GLOW_HEX = DARK_THEME.read;
const NUMBER_BG = DARK_THEME.labelPanel;

/** The labels of frame `f` (display `d`) in layout `L`; numbers come from the target frame. */
export function programmerLabels(L: ProgrammerLayout, d: ProgrammerDisplay, f: ProgrammerFrame, language: Language): Label[] {
  const msg = messages(language);
  const pm = msg.programmer;
  const data = f.data;
  const M = L.rows;
  const C = L.columns;
  const num = (x: number) => formatNumber(language, x, 2);
  const short = (x: number) => shortNumber(language, x);
  const s = stageIndex(f.stage);
  const mix = f.stage === 'mix';
  const choice = hardChoice(data);
  const T = L.text;
  const out: Label[] = [];

  // Title line: step and stage (so recordings carry it), the question and its pivot.
  const banner = format(msg.playback.frameLabel, { step: data.t, steps: data.steps, stage: pm.stages[f.stage] });
  out.push({ text: banner, x: L.bounds.min[0] + 0.1, y: L.titleY, height: T.title, style: { color: ACTIVE, bold: true, align: 'left' } });
  const q = data.question[language];
  const qText = `${q ? `${q}   · ` : ''}${format(pm.labels.pivot, { pivot: short(data.pivot) })}`;
  out.push({ text: qText, x: L.bounds.min[0] + 0.1, y: L.questionY, height: T.title, style: { color: TEXT, bold: true, align: 'left' } });

  // Column names, their α_col (glow), and the hard choice mark.
  for (let j = 0; j < C; j++) {
    const a = data.weights.column[j]!;
    out.push({
      text: data.table.columnNames[j]!,
      x: columnX(L, j),
      y: L.headerY,
      height: T.cell,
      style: { color: j === choice.column ? TEXT : DIM_TEXT, bold: true },
    });
    out.push({
      text: format(pm.labels.columnWeight, { value: num(a) }),
      x: columnX(L, j),
      y: L.alphaY,
      height: T.small,
      style: { color: a >= 0.5 ? GLOW_HEX : DIM_TEXT, bold: a >= 0.5 },
    });
  }
  out.push({
    text: pm.labels.rowSelectorIn,
    x: L.rsInX,
    y: L.headerY,
    height: T.small,
    style: { color: s < 10 ? ACTIVE : DIM_TEXT, bold: true },
  });
  out.push({
    text: pm.labels.rowSelectorOut,
    x: L.rsOutX,
    y: L.headerY,
    height: T.small,
    style: { color: mix ? ACTIVE : DIM_TEXT, bold: true },
  });

  // Table numbers, and the row selectors' values.
  const target = programmerDisplay(f);
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < C; j++) {
      out.push({
        text: short(data.table.data[i * C + j]!),
        x: columnX(L, j),
        y: rowY(L, i),
        z: 0.62,
        height: Math.min(T.cell, L.rowH * 0.62),
        style: { color: TEXT, bold: true, background: NUMBER_BG },
      });
    }
    out.push({
      text: num(target.rowsIn[i]!),
      x: L.rsInX,
      y: rowY(L, i),
      z: 0.45,
      height: T.value,
      style: { color: TEXT, background: NUMBER_BG },
    });
    if (mix)
      out.push({
        text: num(target.rowsOut[i]!),
        x: L.rsOutX,
        y: rowY(L, i),
        z: 0.45,
        height: T.value,
        style: { color: TEXT, background: NUMBER_BG },
      });
  }
  if (data.table.rows > M) {
    out.push({
      text: `+ ${data.table.rows - M}`,
      x: columnX(L, 0),
      y: rowY(L, M - 1) - L.rowH * 0.7,
      height: T.small,
      style: { color: DIM_TEXT },
    });
  }
  // Sum: the per-column sums under the table; comparisons: the pivot beside the table.
  if (f.stage === 'sum' || (mix && data.weights.op[0]! > 0.005)) {
    for (let j = 0; j < C; j++) {
      out.push({
        text: format(pm.labels.columnSum, { value: short(data.soft.operations.sumPerColumn[j]!) }),
        x: columnX(L, j),
        // Staggered on two lines, as the operation names: neighbouring sums are wider than a column.
        y: -M * L.rowH - 0.5 - 0.55 * (j % 2),
        height: T.small,
        style: { color: ACTIVE, bold: true },
      });
    }
  }

  // Operations: α_op over each bar, the names under them (two staggered lines), the hard mark.
  out.push({
    text: pm.labels.operations,
    x: opX(L, 0) - L.opW / 2,
    y: L.barY + L.barH + 1.55,
    height: T.small,
    style: { color: DIM_TEXT, bold: true, align: 'left' },
  });
  OPERATIONS.forEach((o, k) => {
    const a = data.weights.op[k]!;
    const isActive = k === s - 1;
    out.push({
      text: num(a),
      x: opX(L, k),
      y: L.barY + a * L.barH + 0.3,
      z: 0.5,
      height: T.small,
      style: { color: isActive ? ACTIVE : a >= 0.1 ? TEXT : DIM_TEXT, bold: a >= 0.1 },
    });
    out.push({
      text: pm.operations[o],
      x: opX(L, k),
      y: L.nameY[k % 2]!,
      height: T.name,
      style: { color: isActive ? ACTIVE : k === OPERATIONS.indexOf(choice.op) ? HARD : TEXT, bold: true },
    });
    if ((SCALAR_OPERATIONS as readonly string[]).includes(o) && (d.opRevealed[k] ?? 0) > 0.5) {
      out.push({
        text: short(ownResult(data.soft.operations, o) as number),
        x: opX(L, k),
        y: L.resultY - 0.45,
        z: 0.3,
        height: T.name,
        style: { color: isActive ? ACTIVE : TEXT, bold: true },
      });
    }
  });
  const hardK = OPERATIONS.indexOf(choice.op);
  out.push({
    text: pm.labels.hardMark,
    x: opX(L, hardK),
    y: L.barY + data.weights.op[hardK]! * L.barH + 0.85,
    z: 0.6,
    height: T.small,
    style: { color: HARD, bold: true },
  });

  // The answer cards: soft mixture and hard argmax (its choice on a line of its own, so the title fits the card).
  const cards = [
    { title: pm.labels.soft, choice: '', scalar: data.soft.scalar, color: GLOW_HEX },
    {
      title: pm.labels.hard,
      choice: format(pm.labels.hardChoice, { op: pm.operations[choice.op], column: data.table.columnNames[choice.column]! }),
      scalar: data.hard.scalar,
      color: HARD,
    },
  ];
  const line = L.cardLines;
  cards.forEach((c, k) => {
    const [x0, x1] = L.cards[k]!;
    out.push({ text: c.title, x: x0 + 0.25, y: L.cardTop + line.title, height: T.small, style: { color: c.color, bold: true, align: 'left' } });
    out.push({ text: c.choice, x: x0 + 0.25, y: L.cardTop + line.choice, height: T.small, style: { color: c.color, align: 'left' } });
    out.push({
      text: mix ? format(pm.labels.scalar, { value: short(c.scalar) }) : pm.labels.pending,
      x: x0 + 0.25,
      y: L.cardTop + line.answer,
      height: mix ? T.answer : T.small,
      style: { color: mix ? TEXT : DIM_TEXT, bold: mix, align: 'left' },
    });
    const w = Math.min(0.5, (x1 - x0 - 3.0) / M);
    const left = x1 - 0.3 - M * w;
    out.push({
      text: pm.labels.rows,
      x: left - 0.15,
      y: L.cardTop + line.rows,
      height: T.small,
      style: { color: DIM_TEXT, align: 'right' },
    });
    out.push({
      text: pm.labels.lookup,
      x: left - 0.15,
      y: L.cardTop + line.lookup - (Math.min(0.3, 0.9 / C) * (C - 1)) / 2,
      height: T.small,
      style: { color: DIM_TEXT, align: 'right' },
    });
  });
  return out;
}
