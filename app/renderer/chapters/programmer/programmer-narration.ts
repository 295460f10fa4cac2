/**
 * The Neural Programmer narration: each stage's equation (Neelakantan, Le & Sutskever 2016, Table 1 and §2.4)
 * in KaTeX with the frame's numbers substituted, and one caption sentence, in the UI language.
 */
import type { Trace } from '#core/trace/trace.ts';
import { OPERATIONS, type Operation, type StepResult } from '#core/models/programmer/types.ts';
import { format, formatNumber, messages, type Language } from '#app/shared/i18n/i18n.ts';
import type { Narration } from '../chapter.ts';
import { texNumber, texVector } from '../narration-format.ts';
import { hardChoice, type ProgrammerFrame } from './programmer-view.ts';

/** A short number for captions and labels: integers without decimals, others with two. */
export function shortNumber(language: Language, x: number): string {
  return Math.abs(x - Math.round(x)) < 5e-7 ? formatNumber(language, Math.round(x), 0) : formatNumber(language, x, 2);
}

/** Up to this many rows are written out in an equation; longer vectors are summarised. */
const MAX_WRITTEN = 10;

function vec(language: Language, v: ArrayLike<number>): string {
  return texVector(language, v, { max: MAX_WRITTEN });
}

/** An equation on two aligned lines: the formula, then the numbers substituted. */
function lines(lhs: string, formula: string, numbers: string): string {
  return `\\begin{aligned} ${lhs} &= ${formula} \\\\ &= ${numbers} \\end{aligned}`;
}

const op = (language: Language, name: Operation) => `\\text{${messages(language).programmer.operations[name]}}`;

/** The weight of an operation in a step's α_op. */
function alpha(r: StepResult, name: Operation): number {
  return r.weights.op[OPERATIONS.indexOf(name)]!;
}

/** The narration of one Neural Programmer frame. */
export function programmerNarration(frame: ProgrammerFrame, _trace: Trace, language: Language): Narration {
  const d = frame.data;
  const { soft, hard } = d;
  const ops = soft.operations;
  const msg = messages(language).programmer;
  const n = (x: number) => texNumber(language, x);
  const short = (x: number) => shortNumber(language, x);
  const names = d.table.columnNames;
  const choice = hardChoice(d);
  let tex = '';
  let caption = '';
  switch (frame.stage) {
    case 'select': {
      const top = OPERATIONS.map((o, k) => ({ o, w: d.weights.op[k]! }))
        .filter(({ w }) => w >= 0.005)
        .sort((a, b) => b.w - a.w)
        .slice(0, 4);
      const opTerms = top.map(({ o, w }) => `${op(language, o)}\\!: ${n(w)}`).join(',\\ ');
      const colTerms = names
        .slice(0, 6)
        .map((name, j) => `\\text{${name}}\\!: ${n(d.weights.column[j]!)}`)
        .join(',\\ ');
      tex = `\\begin{aligned} \\alpha^{\\text{op}}_{${d.t}} &= \\left(${opTerms}${top.length < 9 ? ',\\ \\dots' : ''}\\right) \\\\ \\alpha^{\\text{col}}_{${d.t}} &= \\left(${colTerms}${names.length > 6 ? ',\\ \\dots' : ''}\\right) \\end{aligned}`;
      caption = format(msg.captions.select, {
        t: d.t,
        steps: d.steps,
        op: msg.operations[choice.op],
        opWeight: formatNumber(language, d.weights.op[OPERATIONS.indexOf(choice.op)]!, 2),
        column: names[choice.column]!,
        columnWeight: formatNumber(language, d.weights.column[choice.column]!, 2),
      });
      break;
    }
    case 'sum': {
      const terms = names
        .map((_, j) => `${n(d.weights.column[j]!)} \\cdot ${n(ops.sumPerColumn[j]!)}`)
        .slice(0, 4)
        .join(' + ');
      tex = lines(
        `${op(language, 'sum')}_{${d.t}}`,
        `\\sum_j \\alpha^{\\text{col}}(j) \\sum_i rs_{${d.t - 1}}(i)\\, T(i, j)`,
        `${terms}${names.length > 4 ? ' + \\dots' : ''} = ${n(ops.sum)}`,
      );
      caption = format(msg.captions.sum, { value: short(ops.sum) });
      break;
    }
    case 'count': {
      const rs = soft.previousRowSelector;
      const written =
        rs.length <= MAX_WRITTEN
          ? `${Array.from(rs)
              .map((x) => short(x).replace(',', '{,}'))
              .join(' + ')} = ${n(ops.count)}`
          : n(ops.count);
      tex = lines(`${op(language, 'count')}_{${d.t}}`, `\\sum_i rs_{${d.t - 1}}(i)`, written);
      caption = format(msg.captions.count, { value: short(ops.count) });
      break;
    }
    case 'difference':
      tex = lines(
        `${op(language, 'difference')}_{${d.t}}`,
        `s_{${d.t - 3}} - s_{${d.t - 1}}`,
        `${n(soft.previousScalar3)} - ${n(soft.previousScalar)} = ${n(ops.difference)}`,
      );
      caption = format(msg.captions.difference, { value: short(ops.difference) });
      break;
    case 'greater':
    case 'lesser': {
      const rel = frame.stage === 'greater' ? '>' : '<';
      tex = lines(
        `${op(language, frame.stage)}_{${d.t}}(i)`,
        `\\sum_j \\alpha^{\\text{col}}(j)\\, [\\, T(i, j) ${rel} ${n(d.pivot)} \\,]`,
        vec(language, ops[frame.stage]),
      );
      caption = format(msg.captions[frame.stage], { pivot: short(d.pivot) });
      break;
    }
    case 'and':
    case 'or':
      tex = lines(
        `${op(language, frame.stage)}_{${d.t}}(i)`,
        `\\${frame.stage === 'and' ? 'min' : 'max'}\\big(rs_{${d.t - 1}}(i),\\ rs_{${d.t - 2}}(i)\\big)`,
        vec(language, ops[frame.stage]),
      );
      caption = msg.captions[frame.stage];
      break;
    case 'assign':
      tex = lines(
        `\\text{lookup}_{${d.t}}(i, j)`,
        `\\alpha^{\\text{col}}(j)\\, \\alpha^{\\text{op}}(${op(language, 'assign')})\\, rs_{${d.t - 1}}(i)`,
        `\\alpha^{\\text{col}}(j) \\cdot ${n(alpha(soft, 'assign'))} \\cdot ${vec(language, ops.assign)}`,
      );
      caption = msg.captions.assign;
      break;
    case 'reset':
      tex = lines(`${op(language, 'reset')}_{${d.t}}(i)`, '1', vec(language, ops.reset));
      caption = msg.captions.reset;
      break;
    case 'mix': {
      const scalarTerms = (['sum', 'count', 'difference'] as const).map((o) => `${n(alpha(soft, o))} \\cdot ${n(ownValue(soft, o))}`).join(' + ');
      tex = `\\begin{aligned} s_{${d.t}} &= \\textstyle\\sum_{o\\,\\in\\,\\{${op(language, 'sum')},\\ ${op(language, 'count')},\\ ${op(language, 'difference')}\\}} \\alpha^{\\text{op}}(o)\\; o_{${d.t}} \\\\ &= ${scalarTerms} = ${n(soft.scalar)} \\\\ s^{\\text{hard}}_{${d.t}} &= ${n(hard.scalar)} \\quad \\text{(${format(msg.labels.hardChoice, { op: msg.operations[choice.op], column: names[choice.column]! })})} \\end{aligned}`;
      caption = format(msg.captions.mix, {
        soft: short(soft.scalar),
        hard: format(msg.labels.hardChoice, { op: msg.operations[choice.op], column: names[choice.column]! }),
        hardValue: short(hard.scalar),
      });
      break;
    }
  }
  const question = d.question[language];
  return { tex, caption, ...(question ? { note: format(msg.labels.question, { question }) } : {}) };
}

function ownValue(r: StepResult, o: 'sum' | 'count' | 'difference'): number {
  return r.operations[o];
}
