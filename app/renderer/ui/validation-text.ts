/**
 * Shows a core/scenario/validate.ts failure in the UI language. The rules' words (validate.ts writes them in
 * English, shared with the command line) are translated to Spanish phrase by phrase; paths stay, numbers take the
 * decimal comma.
 */
import { format, formatQuoted, messages, type Language } from '../../shared/i18n/i18n.ts';
import type { ParamProblem } from '../state/scenario-slice.ts';

const ES: readonly [RegExp, string][] = [
  // Whole problems first (core/models/act/scenario.ts: halting values that never reach 1 − ε before maxSteps).
  [
    /^(\S+) values sum to (\S+), short of 1 − ε = (\S+), and maxSteps = (\S+) is not reached$/,
    '$1 valores suman $2, por debajo de 1 − ε = $3, y no se llega a maxSteps = $4',
  ],
  [/values in \[0, 1\], enough of them to reach 1 − ε or maxSteps/g, 'valores en [0, 1], suficientes para llegar a 1 − ε o a maxSteps'],
  [/^got even length (\S+)$/, 'longitud par $1'],
  [/^got length (\S+)$/, 'longitud $1'],
  [/^got (\S+) rows$/, '$1 filas'],
  [/^got a value that is not a number$/, 'se recibió algo que no es un número'],
  [/^got number$/, 'se recibió un número'],
  [/^got string$/, 'se recibió un texto'],
  [/^got object$/, 'se recibió un objeto'],
  [/^got boolean$/, 'se recibió un booleano'],
  [/^got (.+)$/, 'se recibió $1'],
  [/^missing$/, 'falta'],
  [/^sums to (.+)$/, 'suma $1'],
  [/the string /g, 'el texto '],
  // core/models/programmer/scenario.ts parseWeights: the three forms a weight vector may take.
  [
    /an array of (\S+) weights summing to 1, one of (.+), or an object from those names to weights summing to 1/g,
    'una lista de $1 pesos que suman 1, uno de $2, o un objeto de esos nombres a pesos que suman 1',
  ],
  [/weights summing to 1 \(within (\S+)\)/g, 'pesos que suman 1 (con tolerancia $1)'],
  [
    /a probability vector of odd length 2K\+1 \(entry j weighs offset j − K\), entries in \[0, 1\] summing to 1 \(within (\S+)\)/g,
    'un vector de probabilidad de longitud impar 2K+1 (la entrada j pesa el desplazamiento j − K), entradas en [0, 1] que suman 1 (con tolerancia $1)',
  ],
  // core/models/ntm/step-input.ts SHIFT_WIDTH_ALLOWED: the widest shift, NTM eq. (8) with K ≤ 64.
  [/at most (\S+) entries \(K ≤ (\S+)\)/g, 'como mucho $1 entradas (K ≤ $2)'],
  [/entries in \[0, 1\] summing to 1 \(within (\S+)\)/g, 'entradas en [0, 1] que suman 1 (con tolerancia $1)'],
  [/a finite number/g, 'un número finito'],
  [/an odd integer/g, 'un entero impar'],
  [/an integer/g, 'un entero'],
  [/finite numbers/g, 'números finitos'],
  [/integers/g, 'enteros'],
  [/an array of at most (\S+) numbers/g, 'una lista de como mucho $1 números'],
  [/an array of length (\S+) of/g, 'una lista de longitud $1 de'],
  [/an array of length ≥ (\S+) of/g, 'una lista de longitud ≥ $1 de'],
  [/an array of length (\S+)/g, 'una lista de longitud $1'],
  [/an array of/g, 'una lista de'],
  [/^one of /, 'uno de '],
  [/is too many cells to draw/g, 'son demasiadas celdas para dibujar'],
  [/ in \[/g, ' en ['],
  [/ or /g, ' o '],
];

/** Numbers written with a decimal point (validate.ts quotes them in English, at most 6 significant digits). */
const DECIMAL = /(?<![\w.])-?\d+\.\d+(?![\w.])/g;

/** The problem and the allowed values in the UI language (Spanish numbers with a decimal comma: 0,6). */
export function localizedProblem(problem: ParamProblem, language: Language): { problem: string; allowed: string } {
  if (language === 'en') return { problem: problem.problem, allowed: problem.allowed };
  const tr = (s: string) => ES.reduce((acc, [re, to]) => acc.replace(re, to), s).replace(DECIMAL, (n) => formatQuoted('es', Number(n)));
  return { problem: tr(problem.problem), allowed: tr(problem.allowed) };
}

/** The whole message shown beside a refused field: "Key strength β: got -1. Allowed: a finite number ≥ 0." */
export function problemMessage(label: string, problem: ParamProblem, language: Language): string {
  const l = localizedProblem(problem, language);
  return format(messages(language).params.invalid, { field: label, problem: l.problem, allowed: l.allowed });
}
