/**
 * The command's refusals of input it cannot answer right, in-process (runCli with an in-memory io): exit 2,
 * one line naming the case and the field, nothing on stdout. The webgpu refusals come before any device is
 * requested, so they run without a GPU.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.ts';
import { readCapped } from './read-capped.ts';
import { CliError } from './cli-error.ts';
import { VALID_COMPUTE_CASES } from '#core/models/input-fuzz-cases.ts';

const run = (argv: string[], stdin: unknown): ReturnType<typeof runCli> =>
  runCli(argv, { readStdin: async () => (typeof stdin === 'string' ? stdin : JSON.stringify(stdin)), readFile: async () => undefined });

async function refusal(argv: string[], stdin: unknown): Promise<string> {
  const r = await run(argv, stdin);
  expect(r.exitCode).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  return r.stderr.trimEnd();
}

const ntmCase = VALID_COMPUTE_CASES.ntm;

describe('atenea compute refuses what it cannot answer with a finite, right number', () => {
  it('a typo is an unknown field with a suggestion, not a default', async () => {
    expect(await refusal(['compute', 'act'], { halting: [1], states: [[1]], maxstep: 1 })).toMatch(
      /^atenea: case 0: maxstep: unknown field; allowed: only .*; did you mean "maxSteps"\?$/,
    );
    expect(await refusal(['compute', 'programmer'], { table: [[1]], pivot: 0, steps: [{ op: 'sum', column: 'c0' }], Mode: 'hard' })).toMatch(
      /did you mean "mode"\?$/,
    );
  });
  it('scores or sums that overflow float64 on the cpu', async () => {
    expect(await refusal(['compute', 'attention'], { score: 'dot', query: [1e200], keys: [[1e200], [1e200]] })).toMatch(
      /^atenea: case 0: query: its score against keys\[0\] overflows float64/,
    );
    expect(await refusal(['compute', 'programmer'], { table: [[1e308], [1e308]], pivot: 0, steps: [{ op: 'sum', column: 'c0' }] })).toMatch(
      /^atenea: case 0: table: column 0 \("c0"\) has Σ\|x\| = Infinity/,
    );
  });
  it('values beyond float32 on --backend webgpu, naming the case, the field and the range', async () => {
    const big = await refusal(
      ['compute', 'ntm', '--backend', 'webgpu'],
      [
        ntmCase,
        {
          ...ntmCase,
          memory: [
            [1, 1e39],
            [0, 1],
          ],
        },
      ],
    );
    expect(big).toMatch(/^atenea: case 1: memory\[0\]\[1\]: got 1e\+39; allowed: for the webgpu backend \(float32\), \|x\| ≤ 1e18/);
    expect(await refusal(['compute', 'ntm', '--backend', 'webgpu'], { ...ntmCase, key: [1e-30, 0] })).toMatch(
      /^atenea: case 0: key\[0\]: got 1e-30; allowed: .*1e-18 ≤ \|x\| ≤ 1e18/,
    );
    expect(await refusal(['compute', 'ntm', '--backend', 'webgpu'], { ...ntmCase, beta: 1e300 })).toMatch(/^atenea: case 0: beta: got 1e\+300/);
    expect(await refusal(['compute', 'attention', '--backend', 'webgpu'], { score: 'dot', query: [1e20], keys: [[1]] })).toMatch(
      /^atenea: case 0: query\[0\]: got 1(0){20}/,
    );
    expect(await refusal(['compute', 'programmer', '--backend', 'webgpu'], { table: [[1e39]], pivot: 0, steps: [{ op: 'sum', column: 'c0' }] })).toMatch(
      /^atenea: case 0: table\[0\]\[0\]: got 1e\+39/,
    );
    expect(await refusal(['compute', 'act', '--backend', 'webgpu'], { halting: [1], states: [[1e39]] })).toMatch(
      /^atenea: case 0: states\[0\]\[0\]: got 1e\+39/,
    );
  });
  it('broken JSON: line and column on one line, the input never quoted back', async () => {
    const message = await refusal(['compute', 'ntm'], '{\n  "memory": [[1, 0]],\n  "beta": NaN\n}');
    expect(message).toBe('atenea: stdin: not valid JSON (line 3, column 11: unexpected "N"); allowed: one JSON case or an array of cases');
  });
});

describe('the 64 MiB input limit', () => {
  it('stops reading past the limit, naming the source and the limit', async () => {
    const endless = Readable.from(
      (function* () {
        for (;;) yield Buffer.alloc(1 << 16);
      })(),
    );
    const error = await readCapped(endless, 'trace /dev/zero', 1 << 20).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as Error).message).toBe('trace /dev/zero: larger than 1048576 bytes; allowed: at most 1048576 bytes');
    expect(await readCapped(Readable.from([Buffer.from('{"a"'), Buffer.from(': 1}')]), 'stdin')).toBe('{"a": 1}');
  });
  it('odd command lines and streams: a byte order mark, a second --backend, an invisible character', async () => {
    const bom = await run(['compute', 'attention'], '\ufeff{"score": "dot", "query": [1], "keys": [[1]]}');
    expect([bom.exitCode, bom.stderr]).toEqual([0, '']);
    expect(JSON.parse(bom.stdout)).toMatchObject({ weights: [1] });
    expect(await refusal(['compute', 'attention', '--backend', 'cpu', '--backend=webgpu'], [])).toBe('atenea: compute: --backend given twice; allowed: once');
    expect(await refusal(['trace', 'copy', '--backend=cpu', '--backend', 'cpu'], [])).toBe('atenea: trace: --backend given twice; allowed: once');
    // JSON.parse keeps the last of two equal fields: a pasted "beta" would change the answer without a word.
    expect(await refusal(['compute', 'ntm'], `[${JSON.stringify(ntmCase).replace('"beta":2', '"beta":2,"beta":50')}]`)).toBe(
      'atenea: stdin: field "beta" given twice (line 1, column 47); allowed: one JSON case or an array of cases',
    );
    expect(await refusal(['compute', 'attention'], '[]\u200b')).toBe(
      'atenea: stdin: not valid JSON (line 1, column 3: unexpected "\\u200B" after the JSON value); allowed: one JSON case or an array of cases',
    );
  });
});
