/**
 * Shows a core/scenario/validate.ts failure in the UI language. The rules' words (validate.ts writes them in
 * English, shared with the command line) are translated to Spanish phrase by phrase; numbers and paths stay.
 */
import { format, messages, type Language } from '../../shared/i18n/i18n.ts';
import type { ParamProblem } from '../state/scenario-slice.ts';

const ES: readonly [RegExp, string][] = [
  [/^got length (\S+)$/, 'longitud $1'],
  [/^got (.+)$/, 'se recibió $1'],
  [/^missing$/, 'falta'],
  [/^sums to (.+)$/, 'suma $1'],
  [/a finite number/g, 'un número finito'],
  [/an integer/g, 'un entero'],
  [/an odd integer/g, 'un entero impar'],
  [/finite numbers/g, 'números finitos'],
  [/integers/g, 'enteros'],
  [/an array of length (\S+) of/g, 'una lista de longitud $1 de'],
  [/an array of length ≥ (\S+) of/g, 'una lista de longitud ≥ $1 de'],
  [/an array of/g, 'una lista de'],
  [/entries in \[0, 1\] summing to 1 \(within (\S+)\)/g, 'entradas en [0, 1] que suman 1 (con tolerancia $1)'],
  [/a probability vector of odd length 2K\+1 \(entry j weighs offset j − K\), entries in \[0, 1\] summing to 1 \(within (\S+)\)/g, 'un vector de probabilidad de longitud impar 2K+1 (la entrada j pesa el desplazamiento j − K), entradas en [0, 1] que suman 1 (con tolerancia $1)'],
  [/is too many cells to draw/g, 'son demasiadas celdas para dibujar'],
  [/ in \[/g, ' en ['],
  [/ or /g, ' o '],
];

/** The problem and the allowed values in the UI language. */
export function localizedProblem(problem: ParamProblem, language: Language): { problem: string; allowed: string } {
  if (language === 'en') return { problem: problem.problem, allowed: problem.allowed };
  const tr = (s: string) => ES.reduce((acc, [re, to]) => acc.replace(re, to), s);
  return { problem: tr(problem.problem), allowed: tr(problem.allowed) };
}

/** The whole message shown beside a refused field: "Key strength β: got -1. Allowed: a finite number ≥ 0." */
export function problemMessage(label: string, problem: ParamProblem, language: Language): string {
  const l = localizedProblem(problem, language);
  return format(messages(language).params.invalid, { field: label, problem: l.problem, allowed: l.allowed });
}
