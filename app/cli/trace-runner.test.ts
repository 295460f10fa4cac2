import { describe, expect, it } from 'vitest';
import { toJsonData } from '../shared/json-data.ts';
import { CliError } from './cli-error.ts';
import { computeTrace, runTrace } from './trace-runner.ts';
import { traceCommands } from './trace-registry.ts';

const noFiles = async (): Promise<string | undefined> => undefined;

describe('computeTrace', () => {
  it('gives, for every preset, the trace `atenea trace` prints (what `atenea render` draws)', async () => {
    for (const command of traceCommands) {
      for (const preset of command.presets) {
        const name = `${command.module}:${preset.id}`;
        const trace = await computeTrace(name, 'cpu', noFiles);
        expect(trace.module).toBe(command.module);
        const printed: unknown = JSON.parse(await runTrace({ backend: 'cpu', help: false, positional: [name] }, noFiles));
        expect(toJsonData(trace), name).toStrictEqual(printed);
      }
    }
  }, 120_000);

  it('reads a scenario file through readFile and names the file in a bad field', async () => {
    const files = async (path: string) => (path === 'bad.json' ? JSON.stringify({ module: 'nope' }) : undefined);
    const error = await computeTrace('bad.json', 'cpu', files).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(/^bad\.json: module: /);
  });

  it('refuses an unknown name, listing the presets', async () => {
    await expect(computeTrace('cpoy', 'cpu', noFiles)).rejects.toThrow(/^trace: no file or preset named "cpoy"; allowed: .*copy/);
  });
});
