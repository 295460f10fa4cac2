/**
 * The attention scene's labels for a frame (pure): the banner and score function, the row names, the output
 * tokens (the current one highlighted), the input tokens with their weights α_tj (speech: frame numbers and the
 * largest α), the scores e_tj, q_t and c_t of the compute preset, the matrix rows' tokens and the footer.
 */
import type { AttentionTrace } from '#core/models/attention/attention-scenario.ts';
import { format, formatNumber, messages, type Language } from '#app/shared/i18n/i18n.ts';
import type { Label } from '../../scene/label-pool.ts';
import type { LabelStyle } from '../../scene/text-sprite.ts';
import { DARK_THEME } from '../../scene/theme.ts';
import { inputX, matrixRowY, outputX, splitName, type AttentionLayout } from './attention-layout.ts';
import { argmax, shownToken, type AttentionFrame } from './attention-narration.ts';

const TEXT = DARK_THEME.text;
const DIM_TEXT = DARK_THEME.dimText;
const ACTIVE = DARK_THEME.accent;
const GLOW_HEX = DARK_THEME.read;
/** A speech output character as written in the phrase line (the data's `_` is a space there). */
const phraseChar = (tok: string) => (tok === '_' ? ' ' : tok);

/** The labels of frame `f` in layout `L`, with the weights shown and how far the ribbons are. */
export function attentionLabels(
  L: AttentionLayout,
  f: AttentionFrame,
  weights: readonly number[],
  ribbonsOn: number,
  language: Language,
  trace: AttentionTrace,
): Label[] {
  const d = f.data;
  const msg = messages(language);
  const am = msg.attention;
  const { T, S } = L;
  const t = f.step;
  const speech = L.speech;
  const out: Label[] = [];
  const left = L.bounds.min[0];
  const banner = format(msg.playback.frameLabel, { step: t + 1, steps: trace.steps, stage: am.stages[f.stage] });
  out.push({ text: banner, x: left, y: L.bannerY, height: L.bannerHeight, style: { color: ACTIVE, bold: true, align: 'left' } });
  if (d.kind === 'interface' && d.score)
    out.push({
      text: format(am.labels.score, { name: am.scores[d.score] }),
      x: L.bounds.max[0],
      y: L.bannerY,
      height: L.bannerHeight,
      style: { color: GLOW_HEX, bold: true, align: 'right' },
    });
  // Row names in the gutter, right-aligned, in two lines when long.
  const rowName = (text: string, y: number) => {
    const lines = splitName(text);
    lines.forEach((line, i) =>
      out.push({
        text: line,
        x: L.gutterX,
        y: y + (lines.length - 1) * 0.36 - i * 0.72,
        height: L.nameHeight,
        style: { color: DIM_TEXT, bold: true, align: 'right' },
      }),
    );
  };
  rowName(speech ? am.labels.characters : am.labels.target, L.outputY - (L.outputLines - 1) * L.linePitch * 0.5);
  rowName(am.labels.decoder, L.decoderY);
  rowName(am.labels.encoder, L.encoderY);
  rowName(speech ? am.labels.audio : am.labels.source, L.inputY - (L.inputLines - 1) * L.linePitch * 0.5);
  // Outputs: produced ones bright, the current one highlighted, the rest dim; staggered in two lines when crowded.
  d.outputTokens.forEach((tok, k) => {
    const color = k === t ? ACTIVE : k < t ? TEXT : DARK_THEME.faintText;
    // A token wider than its slot (speech's final <end>) leans right, into the board's margin.
    const text = shownToken(tok);
    const wide = k === S - 1 && text.length * L.tokenHeight * 0.48 > (L.outputLines === 2 ? 2 : 1) * (L.width / S);
    out.push({
      text,
      x: outputX(L, k) - (wide ? 0.35 * (L.width / S) : 0),
      y: L.outputY - (L.outputLines === 2 && k % 2 ? L.linePitch : 0),
      height: L.tokenHeight,
      style: { color, bold: true, align: wide ? 'left' : 'center' },
    });
  });
  // Inputs: tokens (staggered when crowded) with their weight on their state; for speech the frame numbers.
  const top = argmax(weights);
  if (!speech) {
    d.inputTokens.forEach((tok, j) => {
      const a = weights[j]! * ribbonsOn;
      out.push({
        text: tok,
        x: inputX(L, j),
        y: L.inputY - (L.inputLines === 2 && j % 2 ? L.linePitch : 0),
        height: L.tokenHeight,
        style: { color: a >= 0.2 ? ACTIVE : TEXT, bold: true },
      });
      if (ribbonsOn > 0.5)
        out.push({
          text: formatNumber(language, weights[j]!, 2),
          x: inputX(L, j),
          y: L.encoderY,
          z: 0.5,
          height: L.numberHeight,
          style: { color: a >= 0.2 ? '#0b0f17' : TEXT, bold: true },
        });
    });
  } else {
    // Audio frames are numbered from 1, as in the narration (α_t,j) and the captions: ticks at 1, 5, 10, …
    for (let number = 1; number <= T; number = number === 1 ? 5 : number + 5)
      out.push({ text: String(number), x: inputX(L, number - 1), y: L.frameNumberY, height: L.numberHeight, style: { color: DIM_TEXT } });
    if (ribbonsOn > 0.5)
      out.push({
        text: `α = ${formatNumber(language, weights[top]!, 2)}`,
        x: inputX(L, top) + L.colWidth,
        y: L.encoderY + L.stateHeight / 2 + 0.45,
        z: 0.5,
        height: L.tokenHeight,
        style: { color: ACTIVE, bold: true, align: 'left' },
      });
  }
  if (d.kind === 'interface') {
    // The score bars stay (dimmed) after their stage, so their numbers and name stay with them.
    if (f.stage !== 'query' && d.scores) {
      const color = f.stage === 'scores' ? TEXT : DIM_TEXT;
      rowName(`${am.stages.scores} e`, L.scoreBaseY + 0.2);
      d.scores.forEach((e, j) => {
        if (Number.isFinite(e))
          out.push({
            text: formatNumber(language, e, 1),
            x: inputX(L, j),
            y: L.scoreBaseY + L.scoreHeight + 0.35,
            height: L.numberHeight,
            style: { color, bold: true },
          });
      });
    }
    const vecX = outputX(L, t) - 1.6;
    out.push({
      // q_t and c_t with their step as a subscript (text-sprite.ts draws it lowered), as in the equations.
      text: `${am.labels.query}_{${t + 1}}`,
      x: vecX,
      y: L.queryY,
      height: L.tokenHeight,
      style: { color: TEXT, bold: true, align: 'right' },
    });
    if (f.stage === 'context')
      out.push({
        text: `${am.labels.context}_{${t + 1}}`,
        x: vecX,
        y: L.contextY,
        height: L.tokenHeight,
        style: { color: TEXT, bold: true, align: 'right' },
      });
  }
  // The matrix: the output of each row in the gutter on the left, so the phrase reads down one side. Speech's rows
  // are too thin for a readable label each: the phrase is one line above the matrix (the produced part bright, the
  // current character highlighted, drawn as prefixes over the whole line from one origin so the glyphs coincide)
  // and the gutter names only the current row.
  const rowColor = (k: number) => (k === t ? ACTIVE : k < t ? TEXT : DARK_THEME.faintText);
  if (speech) {
    const phrase = (n: number) => d.outputTokens.slice(0, n).map(phraseChar).join('');
    const line = (n: number, color: string, z: number) =>
      out.push({ text: phrase(n), x: -L.width / 2, y: L.phraseY, z, height: L.tokenHeight, style: { color, bold: true, align: 'left' } });
    line(S, DARK_THEME.faintText, 0.4);
    line(t + 1, ACTIVE, 0.41);
    if (t > 0) line(t, TEXT, 0.42);
    const tok = d.outputTokens[t];
    if (tok !== undefined)
      out.push({ text: shownToken(tok), x: L.gutterX, y: matrixRowY(L, t), height: L.rowLabelHeight, style: { color: ACTIVE, bold: true, align: 'right' } });
  } else
    d.outputTokens.forEach((tok, k) => {
      const style: LabelStyle = { color: rowColor(k), bold: true, align: 'right' };
      out.push({ text: shownToken(tok), x: L.gutterX, y: matrixRowY(L, k), height: L.rowLabelHeight, style });
    });
  // Footer: the matrix's title on the left, the data credit on the right.
  out.push({
    text: am.labels.matrix,
    x: left,
    y: L.footerY,
    height: L.footerHeight,
    style: { color: DIM_TEXT, bold: true, align: 'left' },
  });
  if (d.kind === 'alignment')
    out.push({
      text: am.labels.credit,
      x: L.bounds.max[0],
      y: L.footerY,
      height: L.footerHeight,
      style: { color: DIM_TEXT, align: 'right' },
    });
  return out;
}
