/**
 * `atenea compute ntm` as a real process: the contract of README "compute ntm", good input and each kind of bad input,
 * exit codes and messages.
 */
import { describe, expect, it } from 'vitest';
import { memoryFromRows, memoryToRows } from '#core/models/ntm/memory.ts';
import { ntmStep } from '#core/models/ntm/step.ts';
import { NO_ADAPTER_HELP } from '../node/dawn-device.ts';
import { lastLine, runAteneaProcess } from './run-atenea-process.ts';

const goodCase = {
  memory: [
    [1, 0, 0],
    [0, 1, 0],
    [0.5, 0.5, 0],
    [0, 0, 0],
  ],
  key: [1, 0.2, 0],
  beta: 4,
  gate: 0.7,
  shift: [0.1, 0.8, 0.1],
  gamma: 2,
  previousWeights: [0, 0, 1, 0],
  erase: [1, 0.5, 0],
  add: [0.25, -1, 2],
};
type Case = typeof goodCase;

function expected(c: Case) {
  const f = (v: number[]) => Float64Array.from(v);
  const r = ntmStep({
    memory: memoryFromRows(c.memory),
    key: f(c.key),
    beta: c.beta,
    gate: c.gate,
    shift: f(c.shift),
    gamma: c.gamma,
    previousWeights: f(c.previousWeights),
    erase: f(c.erase),
    add: f(c.add),
  });
  return {
    contentWeights: Array.from(r.contentWeights),
    gatedWeights: Array.from(r.gatedWeights),
    shiftedWeights: Array.from(r.shiftedWeights),
    weights: Array.from(r.weights),
    readVector: Array.from(r.readVector),
    memoryAfterWrite: memoryToRows(r.memoryAfterWrite),
  };
}

/** Runs `compute ntm` on `input` and expects exit 2 with exactly `message`, nothing on stdout. */
async function expectBad(input: string, message: string | RegExp, args: string[] = ['compute', 'ntm']) {
  const { code, stdout, stderr } = await runAteneaProcess(args, input);
  expect(stdout).toBe('');
  expect(stderr.trim().split('\n')).toHaveLength(1);
  if (typeof message === 'string') expect(stderr.trim()).toBe(message);
  else expect(stderr.trim()).toMatch(message);
  expect(code).toBe(2);
}

const SHIFT_ALLOWED = 'allowed: a probability vector of odd length 2K+1 (entry j weighs offset j − K), entries in [0, 1] summing to 1 (within 1e-6)';
const json = (v: unknown) => JSON.stringify(v);

describe('atenea compute ntm (cpu)', () => {
  it('one case in, one result out: exactly the contract fields, equal to the reference', async () => {
    const { code, stdout, stderr } = await runAteneaProcess(['compute', 'ntm'], json(goodCase));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['contentWeights', 'gatedWeights', 'shiftedWeights', 'weights', 'readVector', 'memoryAfterWrite']);
    expect(out).toEqual(expected(goodCase));
  });
  it('an array in, an array out in the same order; --backend cpu is the default', async () => {
    const cases: Case[] = [goodCase, { ...goodCase, gate: 0, shift: [0, 0, 0, 0, 1] }, { ...goodCase, memory: [[2, 1, 0]], previousWeights: [1] }];
    const { code, stdout } = await runAteneaProcess(['compute', 'ntm', '--backend', 'cpu'], json(cases));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(cases.map(expected));
    const empty = await runAteneaProcess(['compute', 'ntm', '--backend=cpu'], '[]');
    expect([empty.code, empty.stdout.trim()]).toEqual([0, '[]']);
  });
  it('a missing field names the case index', async () => {
    const { add: _add, ...noAdd } = goodCase;
    await expectBad(json([goodCase, goodCase, noAdd]), 'atenea: case 2: add: missing; allowed: an array of length 3 of finite numbers');
  });
  it('wrong lengths', async () => {
    await expectBad(json({ ...goodCase, key: [1, 2] }), 'atenea: case 0: key: got length 2; allowed: an array of length 3 of finite numbers');
    await expectBad(
      json({ ...goodCase, previousWeights: [1, 0] }),
      'atenea: case 0: previousWeights: got length 2; allowed: an array of length 4 of finite numbers ≥ 0',
    );
    await expectBad(
      json({
        ...goodCase,
        memory: [
          [1, 0, 0],
          [0, 1],
        ],
      }),
      'atenea: case 0: memory[1]: got length 2; allowed: an array of length 3 of finite numbers',
    );
  });
  it('NaN and infinity', async () => {
    await expectBad(json(goodCase).replace('"beta":4', '"beta":1e999'), 'atenea: case 0: beta: got Infinity; allowed: a finite number ≥ 0');
    await expectBad(json({ ...goodCase, add: [0, 'NaN', 1] }), 'atenea: case 0: add[1]: got the string "NaN"; allowed: a finite number');
    await expectBad(json({ ...goodCase, gamma: null }), 'atenea: case 0: gamma: got null; allowed: a finite number ≥ 1');
    await expectBad(json(goodCase).replace('"beta":4', '"beta":NaN'), /^atenea: stdin: not valid JSON \(.*\); allowed: one JSON case or an array of cases$/);
  });
  it('β < 0, g outside [0, 1], γ < 1, erase outside [0, 1]', async () => {
    await expectBad(json({ ...goodCase, beta: -0.5 }), 'atenea: case 0: beta: got -0.5; allowed: a finite number ≥ 0');
    await expectBad(json({ ...goodCase, gate: 1.5 }), 'atenea: case 0: gate: got 1.5; allowed: a finite number in [0, 1]');
    await expectBad(json([goodCase, { ...goodCase, gamma: 0.5 }]), 'atenea: case 1: gamma: got 0.5; allowed: a finite number ≥ 1');
    await expectBad(json({ ...goodCase, erase: [0, 1.2, 0] }), 'atenea: case 0: erase[1]: got 1.2; allowed: a finite number in [0, 1]');
  });
  it('a shift of even length, or not summing to 1 within 1e-6', async () => {
    await expectBad(json({ ...goodCase, shift: [0.5, 0.5] }), `atenea: case 0: shift: got even length 2; ${SHIFT_ALLOWED}`);
    await expectBad(
      json([goodCase, goodCase, { ...goodCase, shift: [0.1, 0.7, 0.1] }]),
      /^atenea: case 2: shift: sums to 0\.(9|89)\d*; allowed: entries in \[0, 1\] summing to 1 \(within 0\.000001\)$/,
    );
    // Within 1e-6 is accepted.
    const near = await runAteneaProcess(['compute', 'ntm'], json({ ...goodCase, shift: [0.1, 0.8, 0.1000005] }));
    expect(near.code).toBe(0);
  });
  it('invalid JSON, empty stdin, an unknown field', async () => {
    await expectBad('{"memory": [[1]', /^atenea: stdin: not valid JSON \(.+\); allowed: one JSON case or an array of cases$/);
    await expectBad('', 'atenea: stdin: empty; allowed: one JSON case or an array of cases');
    await expectBad(json({ ...goodCase, beat: 1 }), /^atenea: case 0: beat: unknown field; allowed: only memory, key, beta/);
    await expectBad('42', 'atenea: case 0: input: got 42; allowed: a JSON object');
  });
  it('unknown module, unknown option, bad backend, missing module or command: exit 2 listing what is allowed', async () => {
    await expectBad('', /^atenea: compute: unknown module "lstm"; allowed: ntm(, \w+)*$/, ['compute', 'lstm']);
    await expectBad('', /^atenea: compute: missing module; allowed: ntm/, ['compute']);
    await expectBad('', 'atenea: compute: unknown option "--fast"; allowed: --backend cpu|webgpu, --help', ['compute', 'ntm', '--fast']);
    await expectBad('', 'atenea: compute: --backend: got "cuda"; allowed: cpu, webgpu', ['compute', 'ntm', '--backend', 'cuda']);
    await expectBad('', 'atenea: unknown command "run"; allowed: compute, trace, evaluate, render, --help', ['run']);
    await expectBad('', 'atenea: missing command; allowed: compute, trace, evaluate, render, --help', []);
  });
  it('--help prints the usage on stdout, exit 0', async () => {
    for (const args of [['--help'], ['compute', '--help'], ['trace', '-h']]) {
      const { code, stdout, stderr } = await runAteneaProcess(args);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toContain('compute <module> [--backend cpu|webgpu]');
      expect(stdout).toContain('trace <scenario.json | preset>');
      expect(stdout).toMatch(/ntm +lookup, copy, free/);
    }
  });
  it('--backend webgpu with no adapter exits 3 with a line saying how to get one, nothing on stdout', async () => {
    const { code, stdout, stderr } = await runAteneaProcess(['compute', 'ntm', '--backend', 'webgpu'], json(goodCase), {
      VK_ICD_FILENAMES: '/nonexistent/no-driver.json',
      VK_DRIVER_FILES: '/nonexistent/no-driver.json',
    });
    expect(stdout).toBe('');
    expect(lastLine(stderr)).toBe(`atenea: ${NO_ADAPTER_HELP}`);
    expect(code).toBe(3);
  });
});
