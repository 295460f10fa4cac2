/**
 * `atenea compute attention` and `atenea trace <attention | focus preset>` as a user runs them: the real command
 * in a child process, stdin in, stdout/stderr/exit code out.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_ADAPTER_HELP } from '../../node/dawn-device.ts';
import { translationAlignment } from '#core/models/attention/data.ts';
import { lastLine, runAteneaProcess } from '../run-atenea-process.ts';

const compute = (stdin: string, backend = 'cpu', env = {}) => runAteneaProcess(['compute', 'attention', '--backend', backend], stdin, env);
const good = {
  score: 'dot',
  query: [1, 0],
  keys: [
    [1, 0],
    [0, 1],
    [5, 5],
  ],
  mask: [true, true, false],
};

describe('atenea compute attention (spawned)', { timeout: 60_000 }, () => {
  it('answers one case with the README "compute attention" contract: null scores where masked', async () => {
    const { code, stdout, stderr } = await compute(JSON.stringify(good));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { scores: (number | null)[]; weights: number[]; context: number[] };
    expect(Object.keys(out)).toEqual(['scores', 'weights', 'context']);
    expect(out.scores).toEqual([1, 0, null]);
    expect(out.weights[0]).toBeCloseTo(Math.E / (Math.E + 1), 15);
    expect(out.weights[2]).toBe(0);
    expect(out.context[1]).toBeCloseTo(1 / (Math.E + 1), 15);
  });

  it('answers an array of cases in order (dot, general, additive)', async () => {
    const cases = [
      good,
      {
        score: 'general',
        query: [1, 2],
        keys: [[1, 1, 1]],
        values: [[4, 5]],
        W: [
          [1, 2, 0],
          [0, 1, 3],
        ],
      },
      {
        score: 'additive',
        query: [0.25],
        keys: [
          [1, 1],
          [0, -1],
        ],
        W: [[1], [-1]],
        U: [
          [1, 0],
          [0, 2],
        ],
        v: [2, 3],
        b: [0.5, 0],
        bv: -1,
      },
    ];
    const { code, stdout } = await compute(JSON.stringify(cases));
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { scores: number[]; weights: number[]; context: number[] }[];
    expect(out).toHaveLength(3);
    expect(out[1]).toEqual({ scores: [11], weights: [1], context: [4, 5] });
    expect(out[2]!.scores[0]).toBeCloseTo(2 * Math.tanh(1.75) + 3 * Math.tanh(1.75) - 1, 14);
  });

  it('bad input exits 2 with one line naming the case, the field and what is allowed; nothing on stdout', async () => {
    const bad: [unknown, string][] = [
      [{ ...good, score: 'cosine' }, 'atenea: case 0: score: got the string "cosine"; allowed: one of "dot", "general", "additive"'],
      [
        [good, { ...good, mask: [false, false, false] }],
        'atenea: case 1: mask: every position is masked; allowed: an array of 3 booleans (true = attend) with at least one true',
      ],
      [{ ...good, query: [1, 2, 3] }, 'atenea: case 0: query: got length 3; allowed: an array of length 2 of finite numbers'],
      [{ ...good, W: [[1]] }, 'atenea: case 0: W: not used by score "dot"; allowed: only with score "general" or "additive"'],
      [{ score: 'additive', query: [1], keys: [[1, 2]], W: [[1], [2]], U: [[1, 2]], v: [1, 1] }, 'atenea: case 0: U: got 1 row'],
    ];
    for (const [input, line] of bad) {
      const { code, stdout, stderr } = await compute(JSON.stringify(input));
      expect(stdout).toBe('');
      expect(lastLine(stderr).startsWith(line), lastLine(stderr)).toBe(true);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(code).toBe(2);
    }
    const notJson = await compute('{"score": "dot",');
    expect(notJson.code).toBe(2);
    expect(notJson.stdout).toBe('');
    expect(lastLine(notJson.stderr)).toMatch(/^atenea: .*not valid JSON/);
  });

  it('--backend webgpu with no adapter exits 3 saying how to get one', async () => {
    const { code, stdout, stderr } = await compute(JSON.stringify(good), 'webgpu', {
      VK_ICD_FILENAMES: '/nonexistent/no-driver.json',
      VK_DRIVER_FILES: '/nonexistent/no-driver.json',
    });
    expect(stdout).toBe('');
    expect(lastLine(stderr)).toBe(`atenea: ${NO_ADAPTER_HELP}`);
    expect(code).toBe(3);
  });

  it('trace of every attention and focus preset', async () => {
    const translation = await runAteneaProcess(['trace', 'translation']);
    expect(translation.code, translation.stderr).toBe(0);
    const t = JSON.parse(translation.stdout) as {
      module: string;
      steps: number;
      frames: { stage: string; data: { weights: number[]; outputToken: string } }[];
    };
    expect(t.module).toBe('attention');
    expect(t.steps).toBe(15);
    expect(t.frames.map((f) => f.data.weights)).toEqual(translationAlignment().weights);
    const speech = JSON.parse((await runAteneaProcess(['trace', 'speech'])).stdout) as { steps: number };
    expect(speech.steps).toBe(33);
    const computeTrace = JSON.parse((await runAteneaProcess(['trace', 'compute'])).stdout) as {
      steps: number;
      frames: { stage: string }[];
    };
    expect(computeTrace.steps).toBe(9);
    expect(computeTrace.frames.slice(0, 4).map((f) => f.stage)).toEqual(['query', 'scores', 'weights', 'context']);
    const sentence = JSON.parse((await runAteneaProcess(['trace', 'sentence'])).stdout) as {
      module: string;
      frames: { data: { product: number[] } }[];
    };
    expect(sentence.module).toBe('focus');
    expect(sentence.frames[2]!.data.product).toEqual([0.05, 0.3, 0.02, 0.9, 0.1, 0.05, 1]);
    const moon = await runAteneaProcess(['trace', 'moon']);
    expect(moon.code).toBe(0);
    expect((JSON.parse(moon.stdout) as { frames: { data: { product: number[] } }[] }).frames[2]!.data.product).toHaveLength(320 * 180);
  });

  it('trace of a scenario file, and a bad one named by its field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atenea-attention-'));
    const file = join(dir, 'general.json');
    writeFileSync(
      file,
      JSON.stringify({
        module: 'attention',
        kind: 'interface',
        score: 'general',
        inputTokens: ['a', 'b'],
        outputTokens: ['x'],
        keys: [[1], [2]],
        queries: [[1]],
        parameters: { general: { W: [[3]] } },
      }),
    );
    const ok = await runAteneaProcess(['trace', file]);
    expect(ok.code, ok.stderr).toBe(0);
    const scores = (JSON.parse(ok.stdout) as { frames: { data: { scores: number[] } }[] }).frames[0]!.data.scores;
    expect(scores).toEqual([3, 6]);
    const badFile = join(dir, 'bad.json');
    writeFileSync(
      badFile,
      JSON.stringify({
        module: 'focus',
        kind: 'image',
        width: 9000,
        height: 10,
        seed: 1,
        mask: { kind: 'spot', x: 0.5, y: 0.5, radius: 0.1, softness: 0 },
      }),
    );
    const bad = await runAteneaProcess(['trace', badFile]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(lastLine(bad.stderr)).toContain('width: got 9000; allowed: an integer in [1, 4096]');
  });
});
