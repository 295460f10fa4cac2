/**
 * Arguments of `atenea evaluate <model> [--cases N] [--seed S] [--length L] [--backend cpu|webgpu]` (README,
 * "The atenea command"). A bad argument is a {@link CliError} with exit 2 naming the option and what is allowed.
 */
import { previewString } from '#core/scenario/describe-value.ts';
import { BACKENDS, type Backend } from './backend.ts';
import { CliError, EXIT } from './cli-error.ts';

/** The parsed arguments of `evaluate`. */
export interface EvaluateArgs {
  readonly model: string;
  readonly cases: number;
  readonly seed: number;
  /** Sequence length (ntm-copy only); absent: the model's longest training length. */
  readonly length?: number;
  readonly backend: Backend;
  readonly help: boolean;
}

/** What each model accepts: the option `--length` and its limits, where the model has one. */
export interface EvaluateModelSpec {
  readonly name: string;
  readonly length?: { readonly min: number; readonly max: number };
}

/** Limits of `--cases` and `--seed`. */
export const EVALUATE_LIMITS = { cases: { min: 1, max: 1000 }, seed: { min: 0, max: 0xffffffff } } as const;
/** Default `--cases` and `--seed`. */
export const EVALUATE_DEFAULTS = { cases: 10, seed: 1 } as const;

const OPTIONS = ['--cases', '--seed', '--length', '--backend', '--help'];

function integer(option: string, value: string | undefined, min: number, max: number): number {
  const n = value === undefined || !/^-?\d+$/.test(value) ? NaN : Number(value);
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new CliError(
      EXIT.badInput,
      `evaluate: ${option}: got ${value === undefined ? 'nothing' : previewString(value)}; allowed: an integer in [${min}, ${max}]`,
    );
  }
  return n;
}

/** Parses `argv` (after `evaluate`) against the models `models` can evaluate. */
export function parseEvaluateArgs(argv: readonly string[], models: readonly EvaluateModelSpec[]): EvaluateArgs {
  const values = new Map<string, string | undefined>();
  const positional: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const option = eq >= 0 ? arg.slice(0, eq) : arg;
      if (!OPTIONS.includes(option)) throw new CliError(EXIT.badInput, `evaluate: unknown option ${previewString(arg)}; allowed: ${OPTIONS.join(', ')}`);
      if (values.has(option)) throw new CliError(EXIT.badInput, `evaluate: ${option} given twice; allowed: once`);
      values.set(option, eq >= 0 ? arg.slice(eq + 1) : argv[++i]);
    } else positional.push(arg);
  }
  const names = models.map((m) => m.name).join(', ');
  if (help) return { model: positional[0] ?? '', cases: EVALUATE_DEFAULTS.cases, seed: EVALUATE_DEFAULTS.seed, backend: 'cpu', help };
  if (positional.length !== 1) {
    throw new CliError(
      EXIT.badInput,
      `evaluate: ${positional.length === 0 ? 'missing the model' : `got ${positional.length} models`}; allowed: one of ${names}`,
    );
  }
  const name = positional[0]!;
  const spec = models.find((m) => m.name === name);
  if (!spec) throw new CliError(EXIT.badInput, `evaluate: unknown model ${previewString(name)}; allowed: ${names}`);
  const backendText = values.has('--backend') ? values.get('--backend') : 'cpu';
  const backend = BACKENDS.find((b) => b === backendText);
  if (backend === undefined) {
    throw new CliError(
      EXIT.badInput,
      `evaluate: --backend: got ${backendText === undefined ? 'nothing' : previewString(backendText)}; allowed: ${BACKENDS.join(', ')}`,
    );
  }
  const read = (option: string, fallback: number, min: number, max: number): number =>
    values.has(option) ? integer(option, values.get(option), min, max) : fallback;
  const cases = read('--cases', EVALUATE_DEFAULTS.cases, EVALUATE_LIMITS.cases.min, EVALUATE_LIMITS.cases.max);
  const seed = read('--seed', EVALUATE_DEFAULTS.seed, EVALUATE_LIMITS.seed.min, EVALUATE_LIMITS.seed.max);
  let length: number | undefined;
  if (values.has('--length')) {
    if (!spec.length) {
      const withLength = models
        .filter((m) => m.length)
        .map((m) => m.name)
        .join(', ');
      throw new CliError(EXIT.badInput, `evaluate: --length: not an option of ${spec.name}; allowed: only with ${withLength}`);
    }
    length = integer('--length', values.get('--length'), spec.length.min, spec.length.max);
  }
  return { model: spec.name, cases, seed, ...(length !== undefined ? { length } : {}), backend, help };
}
