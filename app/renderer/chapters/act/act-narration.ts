/**
 * The ACT narration (Graves 2016, "Adaptive Computation Time for Recurrent Neural Networks", §2): for a
 * `ponder` frame the halting unit hⁿ = σ(W_h sⁿ + b_h) (or, on the hand-set presets, the halting value as given by
 * hand: no cell computes it), the running sum against 1 − ε and, on the halting step,
 * the remainder R = 1 − Σ_{n<N} hⁿ; for a `combine` frame the weighted mean s_t = Σ pⁿ sⁿ and the ponder cost
 * ρ = N + R, each in KaTeX with the frame's numbers substituted, and one caption sentence.
 */
import type { Frame, Trace } from '#core/trace/trace.ts';
import type { ActCombineData, ActFrameData, ActPonderData, ActStage } from '#core/models/act/types.ts';
import { format, formatNumber, messages, type Language } from '#app/shared/i18n/i18n.ts';
import type { Narration } from '../chapter.ts';
import { texNumber, texVector } from '../narration-format.ts';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';

/** A non-negative integer in Unicode superscript digits (h⁴), for labels drawn as text. */
export function superscript(n: number): string {
  return String(n).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]!);
}

/** A non-negative integer in Unicode subscript digits (s₁). */
export function subscript(n: number): string {
  return String(n).replace(/\d/g, (d) => SUBSCRIPT[Number(d)]!);
}

/** Decimals to show x with: 2, or 3 where 2 would hide the difference (h¹ = 0.995 is not 1.00). */
export function decimalsFor(x: number): number {
  return Number(x.toFixed(2)) === Number(x.toFixed(3)) ? 2 : 3;
}

/** A number for labels and captions in the UI language, with {@link decimalsFor} decimals. */
export function actNumber(language: Language, x: number): string {
  return formatNumber(language, x, decimalsFor(x));
}

/** A number for KaTeX in the UI language, with {@link decimalsFor} decimals. */
export function actTexNumber(language: Language, x: number): string {
  return texNumber(language, x, decimalsFor(x));
}

/**
 * Terms of a long sum, abbreviated to the first two and the last (the remainder's term) around "⋯" when there are
 * more than four, so the sum fits the side panel at the lecture size (e2e/hall-ntm-act.spec.ts).
 */
export function abbreviate(terms: readonly string[]): string[] {
  return terms.length <= 4 ? [...terms] : [...terms.slice(0, 2), '\\cdots', ...terms.slice(-1)];
}

/** A sum of terms written two to a line of an aligned block: "&= a + b", "&\quad + c + d", … */
export function sumLines(terms: readonly string[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < terms.length; i += 2) lines.push(`&${i === 0 ? '=' : '\\quad +'} ${terms.slice(i, i + 2).join(' + ')}`);
  return lines;
}

/** Σ_{m<n} h^m: the budget spent before ponder step n (from the frame's own cumulative sum). */
function spentBefore(d: ActPonderData): number {
  return d.cumulative - d.halting;
}

/** Whether a ponder frame's halting value was given by hand (the hand-set presets: no cell, so no input). */
export function isGivenHalting(d: ActPonderData): boolean {
  return d.input.length === 0;
}

function ponderTex(d: ActPonderData, language: Language): string {
  const n = (x: number) => actTexNumber(language, x);
  const k = d.ponder;
  const given = `\\quad (\\text{${messages(language).act.captions.givenTex}})`;
  const lines = [isGivenHalting(d) ? `h^{${k}} &= ${n(d.halting)} ${given}` : `h^{${k}} &= \\sigma\\!\\left(W_h\\, s^{${k}} + b_h\\right) = ${n(d.halting)}`];
  const relation = d.cumulative >= d.threshold ? '\\ge' : '<';
  const sum = k === 1 ? n(d.cumulative) : `${n(spentBefore(d))} + ${n(d.halting)} = ${n(d.cumulative)}`;
  // The running sum and its comparison with 1 − ε on two lines: one line would not fit the side panel at 1024×768.
  lines.push(`\\sum\\limits_{m \\le ${k}} h^{m} &= ${sum}`, `&${relation} 1 - \\varepsilon = ${n(d.threshold)}`);
  if (d.halts) {
    const why = d.capped ? `n = \\text{maxSteps} = ${d.maxSteps}` : `\\textstyle\\sum h \\ge 1 - \\varepsilon`;
    lines.push(`N &= ${k} \\quad (${why})`, `R &= 1 - ${n(spentBefore(d))} = ${n(1 - spentBefore(d))}`);
  } else {
    // What is left of the budget, on the right of the alignment: a long left side would widen every line.
    lines.push(`&\\Rightarrow\\; 1 - \\textstyle\\sum h^{m} = ${n(d.budget)}`);
  }
  return `\\begin{aligned} ${lines.join(' \\\\ ')} \\end{aligned}`;
}

function combineTex(d: ActCombineData, language: Language): string {
  const n = (x: number) => actTexNumber(language, x);
  const vec = (v: readonly number[]) => texVector(language, v, { entry: n });
  const terms = abbreviate(d.probabilities.map((p, i) => `${n(p)}\\, s^{${i + 1}}`));
  // The sum two terms to a line and the state at most three entries wide, so the block fits the side panel at the
  // lecture size (≥ 22 px) at 1024×768 as at 1920×1080.
  const lines = [
    `s_t &= \\textstyle\\sum_{n=1}^{${d.steps}} p^{n} s^{n}`,
    ...sumLines(terms),
    `&= ${vec(d.state.length <= 3 ? d.state : d.state.slice(0, 3))}${d.state.length > 3 ? '\\ldots' : ''}`,
  ];
  if (d.output.length > 0 && d.output.length <= 4) lines.push(`y_t &= \\textstyle\\sum_{n} p^{n} y^{n} = ${vec(d.output)}`);
  lines.push(`\\rho_t &= N + R = ${d.steps} + ${n(d.remainder)} = ${n(d.ponderCost)}`);
  return `\\begin{aligned} ${lines.join(' \\\\ ')} \\end{aligned}`;
}

/** The caption of a frame in the UI language. */
export function actCaption(frame: Frame<ActStage, ActFrameData>, language: Language): string {
  const c = messages(language).act.captions;
  const num = (x: number) => actNumber(language, x);
  const d = frame.data;
  if (d.kind === 'combine') return format(c.combine, { t: frame.step + 1, n: d.steps, cost: num(d.ponderCost) });
  const values = {
    n: d.ponder,
    t: frame.step + 1,
    h: num(d.halting),
    left: num(d.budget),
    sum: num(d.cumulative),
    threshold: num(d.threshold),
    r: num(1 - spentBefore(d)),
  };
  if (d.halts && d.capped) return format(c.capped, { ...values, n: d.maxSteps });
  if (d.halts && d.ponder === 1) return format(c.haltFirst, values);
  if (d.halts) return format(c.halt, values);
  if (isGivenHalting(d)) return format(c.ponderGiven, values);
  return format(d.ponder === 1 ? c.ponderFirst : c.ponder, values);
}

/** The narration of one ACT frame. */
export function actNarration(frame: Frame<ActStage, ActFrameData>, _trace: Trace<ActStage, ActFrameData>, language: Language): Narration {
  const d = frame.data;
  const tex = d.kind === 'combine' ? combineTex(d, language) : ponderTex(d, language);
  return { tex, caption: actCaption(frame, language) };
}
