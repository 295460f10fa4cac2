/**
 * The attention narration: each stage's equation in KaTeX with the frame's numbers substituted (Bahdanau, Cho &
 * Bengio 2014 eqs. (5)–(6); Luong, Pham & Manning 2015 eq. (8)) and one caption sentence, in the UI language.
 */
import type { AttentionFrameData } from '../../../../core/models/attention/attention-scenario.ts';
import type { AttentionStage } from '../../../../core/models/attention/types.ts';
import type { Frame } from '../../../../core/trace/trace.ts';
import { format, formatNumber, messages, type Language } from '../../../shared/i18n/i18n.ts';
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
  const topToken = d.inputTokens[top] ?? '';
  const note = d.kind === 'alignment' ? msg.credit : undefined;
  const terms = topIndices(d.weights, 3)
    .map((j) => `\\alpha_{${t},${j + 1}} = ${n(d.weights[j]!)}\\ (${tex(shownToken(d.inputTokens[j]!))})`)
    .join(',\\ ');
  const [first, ...rest] = terms.split(',\\ \\alpha');
  const weightsTex = `\\begin{aligned} \\alpha_{${t}j} &= \\frac{\\exp(e_{${t}j})}{\\sum_k \\exp(e_{${t}k})} \\\\ ${first} &\\quad ${rest.map((r) => `\\alpha${r}`).join(',\\ ')}, \\dots \\\\ \\textstyle\\sum_j \\alpha_{${t}j} &= ${n(d.weightSum)} \\end{aligned}`;
  if (frame.stage === 'weights') {
    let caption: string;
    if (isSpeech(d)) {
      const strong = Array.from(d.weights, (w, i) => (w >= 0.25 * d.weights[top]! ? i : -1)).filter((i) => i >= 0);
      caption = format(msg.captions.weightsSpeech, { token: shownToken(d.outputToken), from: strong[0]!, to: strong[strong.length - 1]!, top, weight: formatNumber(language, d.weights[top]!, 2) });
    } else {
      caption = format(msg.captions.weights, { token: d.outputToken, top: topToken, weight: formatNumber(language, d.weights[top]!, 2) });
    }
    return { tex: weightsTex, caption, ...(note ? { note } : {}) };
  }
  const name = d.score ? msg.scores[d.score] : '';
  if (frame.stage === 'query') {
    return { tex: `q_{${t}} = ${texVector(language, d.query ?? [], { max: 8 })}`, caption: format(msg.captions.query, { t }) };
  }
  if (frame.stage === 'scores') {
    const scores = d.scores ?? new Float64Array();
    const best = argmax(scores);
    const list = topIndices(scores, 3).map((j) => `e_{${j + 1}} = ${n(scores[j]!)}\\ (${tex(d.inputTokens[j]!)})`).join(',\\ ');
    return {
      tex: `\\begin{aligned} ${scoreFormula(d.score)} \\\\ ${list}, \\dots \\end{aligned}`,
      caption: format(msg.captions.scores, { name, top: d.inputTokens[best] ?? '', value: formatNumber(language, scores[best]!, 2) }),
    };
  }
  return {
    tex: `c_{${t}} = \\sum_j \\alpha_{${t}j} h_j = ${texVector(language, d.context ?? [], { max: 6 })}`,
    caption: format(msg.captions.context, { t, top: topToken, token: d.outputToken }),
  };
}
