/**
 * The NTM narration: each stage's equation (Graves et al. 2014, eqs. 2–9; the lecture's write) in KaTeX with
 * the frame's numbers substituted at the slot the head focuses on most, and one caption sentence.
 */
import { messages, type Language } from '#app/shared/i18n/i18n.ts';
import type { Narration } from '../chapter.ts';
import { argmax, texNumber, texVector } from '../narration-format.ts';
import { cachedView, type NtmFrame } from './ntm-view.ts';
import type { NtmStage } from '#core/models/ntm/types.ts';

/** An equation on two aligned lines: the formula, then the numbers substituted. */
function lines(lhs: string, formula: string, numbers: string, relation = '='): string {
  return `\\begin{aligned} ${lhs} &${relation} ${formula} \\\\ &= ${numbers} \\end{aligned}`;
}

/** A vector for TeX; whole numbers (the copy task's bits) without decimals so long vectors stay short. */
const vec = (language: Language, v: readonly number[]) => {
  const one = (x: number) => (Math.abs(x - Math.round(x)) < 0.005 ? String(Math.round(x)) : texNumber(language, x));
  // Long vectors (M > 10) keep their first six entries and the last one, so the line stays readable.
  return texVector(language, v, { max: 10, head: 6, tail: 1, entry: one });
};

/**
 * The slot whose equation a stage shows: where that stage's own weighting peaks (the content argmax for content,
 * the gated one for interpolation, the shifted one for the shift, the final one for sharpening, read and write),
 * so the substituted numbers make the stage's point rather than show a slot the stage leaves near 0.
 */
export function focusSlot(v: Pick<ReturnType<typeof cachedView>, 'stage' | 'contentWeights' | 'gatedWeights' | 'shiftedWeights' | 'weights'>): number {
  const byStage: Partial<Record<NtmStage, readonly number[]>> = {
    content: v.contentWeights,
    interpolate: v.gatedWeights,
    shift: v.shiftedWeights,
  };
  const own = byStage[v.stage] ?? v.weights;
  return argmax(own.length ? own : v.weights.length ? v.weights : v.contentWeights);
}

/** The narration of one NTM frame. */
export function ntmNarration(frame: NtmFrame, language: Language): Narration {
  const v = cachedView(frame);
  const n = (x: number) => texNumber(language, x);
  const msg = messages(language);
  const i = focusSlot(v);
  const wc = v.contentWeights[i] ?? 0;
  const wg = v.gatedWeights[i] ?? 0;
  const wt = v.shiftedWeights[i] ?? 0;
  const w = v.weights[i] ?? 0;
  const K = v.similarity[i] ?? 0;
  const note = frame.data.note?.[language];
  let tex = '';
  let caption = msg.ntm.captions[v.stage];
  switch (v.stage) {
    case 'content':
      tex = lines(
        `w^c_t(${i})`,
        `\\frac{e^{\\beta K[k, M_{${i}}]}}{\\sum_j e^{\\beta K[k, M_j]}}`,
        `\\frac{e^{${n(v.beta)} \\cdot ${n(K)}}}{\\sum_j e^{${n(v.beta)}\\, K[k, M_j]}} = ${n(wc)}`,
      );
      break;
    case 'interpolate':
      tex = lines(
        `w^g_t(${i})`,
        `g\\, w^c_t(${i}) + (1 - g)\\, w_{t-1}(${i})`,
        `${n(v.gate)} \\cdot ${n(wc)} + ${n(1 - v.gate)} \\cdot ${n(v.previousWeights[i] ?? 0)} = ${n(wg)}`,
      );
      break;
    case 'shift': {
      const K2 = (v.shift.length - 1) / 2;
      const N = v.n;
      const terms = v.shift
        .map((s, j) => ({ s, src: (((i - (j - K2)) % N) + N) % N }))
        .filter(({ s }) => s !== 0)
        .map(({ s, src }) => `${n(s)} \\cdot ${n(v.gatedWeights[src] ?? 0)}`);
      tex = lines(`\\tilde w_t(${i})`, `\\sum_{j} w^g_t(j)\\, s_t(${i} - j)`, `${terms.join(' + ') || '0'} = ${n(wt)}`);
      break;
    }
    case 'sharpen':
      tex = lines(
        `w_t(${i})`,
        `\\frac{\\tilde w_t(${i})^{\\gamma}}{\\sum_j \\tilde w_t(j)^{\\gamma}}`,
        `\\frac{${n(wt)}^{${n(v.gamma)}}}{\\sum_j \\tilde w_t(j)^{${n(v.gamma)}}} = ${n(w)}`,
      );
      break;
    case 'read':
      tex = lines('r_t', `\\sum_i w_t(i)\\, M_t(i)`, vec(language, v.readVector));
      if (v.role === 'write') caption = msg.ntm.captions.writeOnly;
      break;
    case 'write': {
      const after = v.memoryAfter.slice(i * v.m, i * v.m + v.m);
      if (v.role === 'read') {
        tex = 'M_t = M_{t-1}';
        caption = msg.ntm.captions.readOnly;
        break;
      }
      if (v.writeMode === 'simplified') {
        tex = lines(`M_t(${i})`, `w_t(${i})\\, a + (1 - w_t(${i}))\\, M_{t-1}(${i})`, vec(language, after), '\\leftarrow');
        caption = msg.ntm.captions.writeSimple;
      } else {
        tex = lines(`M_t(${i})`, `M_{t-1}(${i}) \\circ (1 - w_t(${i})\\, e_t) + w_t(${i})\\, a_t`, vec(language, after));
      }
      break;
    }
  }
  return { tex, caption, ...(note ? { note } : {}) };
}
