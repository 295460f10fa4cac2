import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.ts';
import { EVALUATE_DEFAULTS, parseEvaluateArgs, type EvaluateModelSpec } from './evaluate-args.ts';

const models: EvaluateModelSpec[] = [{ name: 'ntm-copy', length: { min: 1, max: 32 } }, { name: 'act-parity' }];

function refusal(argv: string[]): string {
  try {
    parseEvaluateArgs(argv, models);
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    expect((e as CliError).exitCode).toBe(2);
    return (e as CliError).message;
  }
  throw new Error(`accepted ${argv.join(' ')}`);
}

describe('atenea evaluate arguments', () => {
  it('reads the model, --cases, --seed, --length and --backend (also as --option=value)', () => {
    expect(parseEvaluateArgs(['ntm-copy', '--cases', '5', '--seed=7', '--length', '4', '--backend', 'webgpu'], models)).toEqual({
      model: 'ntm-copy',
      cases: 5,
      seed: 7,
      length: 4,
      backend: 'webgpu',
      help: false,
    });
  });
  it('defaults: 10 cases, seed 1, the CPU, no length', () => {
    expect(parseEvaluateArgs(['act-parity'], models)).toEqual({ model: 'act-parity', ...EVALUATE_DEFAULTS, backend: 'cpu', help: false });
  });
  it('an unknown or missing model names the allowed ones', () => {
    expect(refusal(['lstm'])).toBe('evaluate: unknown model "lstm"; allowed: ntm-copy, act-parity');
    expect(refusal([])).toBe('evaluate: missing the model; allowed: one of ntm-copy, act-parity');
    expect(refusal(['ntm-copy', 'act-parity'])).toBe('evaluate: got 2 models; allowed: one of ntm-copy, act-parity');
  });
  it('refuses bad numbers naming the option and the range', () => {
    expect(refusal(['ntm-copy', '--cases', '0'])).toBe('evaluate: --cases: got "0"; allowed: an integer in [1, 1000]');
    expect(refusal(['ntm-copy', '--seed', '1.5'])).toBe('evaluate: --seed: got "1.5"; allowed: an integer in [0, 4294967295]');
    expect(refusal(['ntm-copy', '--length'])).toBe('evaluate: --length: got nothing; allowed: an integer in [1, 32]');
    expect(refusal(['ntm-copy', '--length', '33'])).toBe('evaluate: --length: got "33"; allowed: an integer in [1, 32]');
  });
  it('--length only for a model with sequences; unknown options, repeated options and bad backends are refused', () => {
    expect(refusal(['act-parity', '--length', '3'])).toBe('evaluate: --length: not an option of act-parity; allowed: only with ntm-copy');
    expect(refusal(['ntm-copy', '--steps', '3'])).toBe('evaluate: unknown option "--steps"; allowed: --cases, --seed, --length, --backend, --help');
    expect(refusal(['ntm-copy', '--seed', '1', '--seed', '2'])).toBe('evaluate: --seed given twice; allowed: once');
    expect(refusal(['ntm-copy', '--backend', 'cuda'])).toBe('evaluate: --backend: got "cuda"; allowed: cpu, webgpu');
  });
  it('--help needs no model', () => {
    expect(parseEvaluateArgs(['--help'], models).help).toBe(true);
  });
});
