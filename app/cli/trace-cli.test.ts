/**
 * `atenea trace` as a real process: every NTM preset, a scenario file, and each kind of bad argument.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyTaskSequence } from '#core/models/ntm/copy-task.ts';
import { NTM_PRESETS } from '#core/models/ntm/presets.ts';
import { runNtmScenarioSync } from '#core/models/ntm/run-scenario.ts';
import { NTM_STAGES } from '#core/models/ntm/types.ts';
import { toJson } from './json-output.ts';
import { runAteneaProcess } from './run-atenea-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'atenea-trace-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function expectBad(args: string[], message: string | RegExp) {
  const { code, stdout, stderr } = await runAteneaProcess(args);
  expect(stdout).toBe('');
  expect(stderr.trim().split('\n')).toHaveLength(1);
  if (typeof message === 'string') expect(stderr.trim()).toBe(message);
  else expect(stderr.trim()).toMatch(message);
  expect(code).toBe(2);
}

describe('atenea trace', () => {
  for (const preset of NTM_PRESETS) {
    it(`preset ${preset.id}: the whole run as JSON, typed arrays as arrays, equal to the reference`, async () => {
      const { code, stdout, stderr } = await runAteneaProcess(['trace', preset.id]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const trace = JSON.parse(stdout);
      expect(trace.module).toBe('ntm');
      expect(trace.frames).toHaveLength(trace.steps * NTM_STAGES.length);
      expect(trace.frames[0].stage).toBe('content');
      expect(Array.isArray(trace.frames[0].data.result.weights)).toBe(true);
      expect(trace).toEqual(JSON.parse(toJson(runNtmScenarioSync(preset.scenario))));
    });
  }
  it('the copy preset reads back its input', async () => {
    const trace = JSON.parse((await runAteneaProcess(['trace', 'ntm:copy'])).stdout);
    const sequence = copyTaskSequence(8, 8, 2014);
    for (let t = 0; t < 8; t++) {
      const read: number[] = trace.frames[(8 + t) * NTM_STAGES.length].data.result.readVector;
      expect(read.slice(0, 8).map(Math.round)).toEqual(sequence[t]);
    }
  });
  it('a scenario file, dispatched by its module field', async () => {
    const scenario = {
      module: 'ntm',
      memory: [
        [1, 0],
        [0, 1],
      ],
      steps: [
        { key: [0, 1], beta: 1000 },
        { gate: 0, shift: [0, 0, 1] },
      ],
    };
    const { code, stdout } = await runAteneaProcess(['trace', file('two-steps.json', JSON.stringify(scenario))]);
    expect(code).toBe(0);
    const trace = JSON.parse(stdout);
    expect(trace.steps).toBe(2);
    expect(trace.frames[6].data.input.previousWeights).toEqual(trace.frames[0].data.result.weights);
    expect(trace.frames[11].data.result.weights).toEqual([1, 0]);
  });
  it('bad scenario files name the file and the field', async () => {
    const bad = file('bad.json', JSON.stringify({ module: 'ntm', memory: [[1, 0]], steps: [{ gate: 2 }] }));
    await expectBad(['trace', bad], `atenea: ${bad}: steps[0].gate: got 2; allowed: a finite number in [0, 1]`);
    const broken = file('broken.json', '{"module": "ntm",');
    await expectBad(['trace', broken], new RegExp(`^atenea: ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON \\(.+\\); allowed: JSON text$`));
    const other = file('lstm.json', JSON.stringify({ module: 'lstm' }));
    await expectBad(['trace', other], `atenea: ${other}: module: got "lstm"; allowed: one of "focus", "ntm", "attention", "act", "programmer"`);
    const noModule = file('none.json', JSON.stringify({ steps: [] }));
    await expectBad(['trace', noModule], /: module: missing; allowed: one of "focus", "ntm", "attention", "act", "programmer"$/);
  });
  it('a missing file or unknown preset lists the presets; bad arguments exit 2', async () => {
    await expectBad(
      ['trace', join(dir, 'missing.json')],
      /^atenea: trace: no file or preset named ".*missing\.json"; allowed: a scenario file \(JSON\) or a preset: lookup, copy, free, copy-trained \(ntm\)/,
    );
    await expectBad(['trace', 'cpoy'], /^atenea: trace: no file or preset named "cpoy"; allowed: .*lookup, copy, free, copy-trained \(ntm\)/);
    await expectBad(['trace'], /^atenea: trace: missing scenario; allowed: .*lookup, copy, free, copy-trained \(ntm\)/);
    await expectBad(['trace', 'copy', 'lookup'], 'atenea: trace: unexpected argument "lookup"; allowed: one scenario file or preset');
    await expectBad(['trace', 'copy', '--frames'], 'atenea: trace: unknown option "--frames"; allowed: --backend cpu|webgpu, --help');
  });
});
