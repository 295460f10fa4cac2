/**
 * The attention narration: each stage's equation in KaTeX with the frame's numbers substituted (Bahdanau, Cho &
 * Bengio 2014 eqs. (5)–(6); Luong, Pham & Manning 2015 eq. (8)) and one caption sentence, in the UI language.
 */
import type { AttentionFrameData } from '#core/models/attention/attention-scenario.ts';
import type { AttentionStage } from '#core/models/attention/types.ts';
import type { Frame } from '#core/trace/trace.ts';
import { format, formatNumber, messages, sentenceCase, type Language } from '#app/shared/i18n/i18n.ts';
import type { Narration } from '../chapter.ts';
import { argmax, texNumber, texVector } from '../narration-format.ts';

/** The index of the largest entry (−Infinity entries never win over finite ones), for the scene as well. */
export { argmax };

/** An attention frame. */
export type AttentionFrame = Frame<AttentionStage, AttentionFrameData>;

/** Whether a frame is the speech data (audio frames as inputs). */
export function isSpeech(d: AttentionFrameData): boolean {
  return d.kind === 'alignment' && d.inputTokens.every((t) => /^f\d+$/.test(t));
}

/** A token as shown: `_` (a space in the speech data) as ␣. */
export function shownToken(t: string): string {
  return t === '_' ? '␣' : t;
}

/**
 * Input j as named on screen: its token (`_` as ␣), or for speech its audio frame numbered from 1 (`f13` for
 * j = 12), as α_{t,j} and the captions count.
 */
export function inputName(d: AttentionFrameData, j: number): string {
  return isSpeech(d) ? `f${j + 1}` : shownToken(d.inputTokens[j] ?? '');
}

/** The indices of the `k` largest weights, largest first. */
export function topIndices(v: ArrayLike<number>, k: number): number[] {
  return Array.from(v, (w, i) => ({ w, i }))
    .sort((a, b) => b.w - a.w)
    .slice(0, k)
    .map((x) => x.i);
}

const tex = (t: string) => `\\text{${t.replace(/[\\{}_^#$%&~]/g, (c) => (c === '_' ? '\\_' : `\\${c}`))}}`;

/** The score function's equation (Luong eq. 8 for dot and general, Bahdanau eq. 6 for additive). */
export function scoreFormula(score: string | undefined): string {
  if (score === 'general') return 'e_j = q^\\top W h_j';
  if (score === 'additive') return 'e_j = v^\\top \\tanh(W q + U h_j + b) + b_v';
  return 'e_j = q^\\top h_j';
}

/** The narration of one attention frame. */
export function attentionNarration(frame: AttentionFrame, language: Language): Narration {
  const d = frame.data;
  const msg = messages(language).attention;
  const n = (x: number) => texNumber(language, x);
  const t = frame.step + 1;
  const top = argmax(d.weights);
  const topToken = inputName(d, top);
  const note = d.kind === 'alignment' ? msg.credit : undefined;
  // The three largest weights, one per row (a row of three was shrunk to ~16 px or cut in the side panel).
  const terms = topIndices(d.weights, 3)
    .map((j) => `\\alpha_{${t},${j + 1}} &= ${n(d.weights[j]!)}\\ (${tex(inputName(d, j))})`)
    .join(' \\\\ ');
  // Distill's published weights are rounded and not normalised (their rows need not sum to 1): the caption says so
  // right under the sum (as a line of text it wraps; inside the equation it made the equation too wide to read).
  const sumNote = d.kind === 'alignment' && Math.abs(d.weightSum - 1) > 0.005 ? ` (${sentenceCase(msg.labels.sumNote, language)}.)` : '';
  const weightsTex = `\\begin{aligned} \\alpha_{${t}j} &= \\frac{\\exp(e_{${t}j})}{\\sum_k \\exp(e_{${t}k})} \\\\ ${terms}, \\dots \\\\ \\textstyle\\sum_j \\alpha_{${t}j} &= ${n(d.weightSum)} \\end{aligned}`;
  if (frame.stage === 'weights') {
    let caption: string;
    if (isSpeech(d)) {
      const strong = Array.from(d.weights, (w, i) => (w >= 0.25 * d.weights[top]! ? i : -1)).filter((i) => i >= 0);
      // Audio frames counted from 1, as α_{t,j}; a range of one frame is named as one.
      const [from, to] = [strong[0]! + 1, strong[strong.length - 1]! + 1];
      const args = { token: shownToken(d.outputToken), from, to, top: top + 1, weight: formatNumber(language, d.weights[top]!, 2) };
      caption = format(from === to ? msg.captions.weightsSpeechOne : msg.captions.weightsSpeech, args);
    } else {
      caption = format(msg.captions.weights, { token: d.outputToken, top: topToken, weight: formatNumber(language, d.weights[top]!, 2) });
    }
    return { tex: weightsTex, caption: `${caption}${sumNote}`, ...(note ? { note } : {}) };
  }
  const name = d.score ? msg.scores[d.score] : '';
  if (frame.stage === 'query') {
    return { tex: `q_{${t}} = ${texVector(language, d.query ?? [], { max: 8 })}`, caption: format(msg.captions.query, { t }) };
  }
  if (frame.stage === 'scores') {
    const scores = d.scores ?? new Float64Array();
    const best = argmax(scores);
    const list = topIndices(scores, 3)
      .map((j) => `e_{${j + 1}} &= ${n(scores[j]!)}\\ (${tex(inputName(d, j))})`)
      .join(' \\\\ ');
    return {
      tex: `\\begin{aligned} ${scoreFormula(d.score).replace(' = ', ' &= ')} \\\\ ${list}, \\dots \\end{aligned}`,
      caption: format(msg.captions.scores, { name, top: inputName(d, best), value: formatNumber(language, scores[best]!, 2) }),
    };
  }
  return {
    tex: `c_{${t}} = \\sum_j \\alpha_{${t}j} h_j = ${texVector(language, d.context ?? [], { max: 6 })}`,
    caption: format(msg.captions.context, { t, top: topToken, token: d.outputToken }),
  };
}
