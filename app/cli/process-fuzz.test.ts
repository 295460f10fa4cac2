/**
 * The real `atenea` process on generated bad input (fast-check): a bad field in a batch of `compute` cases for
 * every module (either backend), a bad field in a scenario file of every module for `trace` and `render`, and bad
 * `evaluate` and `render` arguments. Each must end with exit 2, nothing on stdout, exactly one line on stderr
 * (the line the command gives in-process, naming the case and the field's path, the file, or the option) and
 * nothing written where `--out` points (no file, no partial). Bounded: a fixed seed and a few runs per property,
 * each run one process of about a second; `npm run fuzz` runs many more from a fresh seed. Valid input on both
 * backends: process-fuzz.gpu.test.ts.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MECHANISMS } from '#core/models/registry.ts';
import { OPTIONAL_FIELDS, VALID_COMPUTE_CASES, evilJsonText, jsonWith, pathsOf, type JsonPath } from '#core/models/input-fuzz-cases.ts';
import { fieldPath } from '#core/scenario/unknown-fields.ts';
import { word } from './args-fuzz-words.ts';
import { BACKENDS } from './backend.ts';
import { runCli } from './cli.ts';
import { CliError } from './cli-error.ts';
import { parseRenderArgs } from './commands/render-args.ts';
import { processRuns } from './process-fuzz-runs.ts';
import { computeCommands } from './compute-registry.ts';
import { parseEvaluateArgs } from './evaluate-args.ts';
import { evaluateCommands } from './evaluate-registry.ts';
import { readFileCapped } from './read-capped.ts';
import { runAteneaProcess, type ProcessResult } from './run-atenea-process.ts';
import { computeTrace } from './trace-runner.ts';

/** A property starts a few processes (a second or so each, several on a loaded machine); `npm run fuzz` sets no limit. */
const PROCESS_TIMEOUT = 180_000;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atenea-process-fuzz-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for a message that starts by naming one of `keys` (a field path: `key`, `key[0]…`, `key.x…`). */
function namesOneOf(keys: readonly string[]): string {
  return `(${keys.map((k) => escape(fieldPath('', k))).join('|')})[[.:]`;
}

/** The one line the command gives in-process for `argv` (and stdin), or undefined when it accepts them. */
async function inProcessRefusal(argv: string[], stdin = ''): Promise<string | undefined> {
  const r = await runCli(argv, { readStdin: async () => stdin, readFile: readFileCapped });
  return r.exitCode === 2 ? r.stderr.trimEnd() : undefined;
}

/** The process refused with exactly `line` (one line, matching `named`), exit 2, nothing on stdout. */
function expectRefusal(r: ProcessResult, line: string, named: RegExp): void {
  expect(r.code, r.stderr.slice(0, 500)).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(`${line}\n`);
  expect(line.split('\n')).toHaveLength(1);
  expect(line).toMatch(named);
}

/** A path into `valid` to spoil, or a new top-level key that no entry point knows. */
function spoiledPath(valid: object): fc.Arbitrary<JsonPath> {
  const known = Object.keys(valid);
  const unknownKey = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !known.includes(k) && !OPTIONAL_FIELDS.includes(k));
  return fc.oneof(
    fc.constantFrom(...pathsOf(valid)),
    unknownKey.map((k): JsonPath => [k]),
  );
}

/** Not JSON at all (a NaN token): named by its line and column. */
const NOT_JSON = (source: string): string => `${escape(source)}: not valid JSON \\(line \\d+, column \\d+`;

describe('the atenea process refuses generated bad input: exit 2, one line naming the field, nothing on stdout (property)', () => {
  for (const command of computeCommands) {
    const valid = VALID_COMPUTE_CASES[command.module as keyof typeof VALID_COMPUTE_CASES];
    it(
      `compute ${command.module}: one bad case in a batch, on either backend`,
      async () => {
        await fc.assert(
          fc.asyncProperty(spoiledPath(valid), evilJsonText, fc.nat(2), fc.nat(2), fc.constantFrom(...BACKENDS), async (path, text, before, after, backend) => {
            const good = JSON.stringify(valid);
            const stdin = `[${[...Array<string>(before).fill(good), jsonWith(valid, path, text), ...Array<string>(after).fill(good)].join(',')}]`;
            // The CPU's refusal is the webgpu backend's too: every case is parsed before any range check or device.
            const line = await inProcessRefusal(['compute', command.module], stdin);
            fc.pre(line !== undefined);
            const named = new RegExp(`^atenea: (case ${before}: ${namesOneOf([...Object.keys(valid), String(path[0])])}|${NOT_JSON('stdin')})`);
            expectRefusal(await runAteneaProcess(['compute', command.module, '--backend', backend], stdin), line!, named);
          }),
          processRuns(3, 31),
        );
      },
      PROCESS_TIMEOUT,
    );
  }

  for (const mechanism of MECHANISMS) {
    // The smallest preset's scenario, as a scenario file holds it.
    const valid = [...mechanism.presets].map((p) => p.scenario as object).sort((a, b) => JSON.stringify(a).length - JSON.stringify(b).length)[0]!;
    it(
      `trace and render: a ${mechanism.id} scenario file with a bad field, nothing written at --out`,
      async () => {
        const file = join(dir, `${mechanism.id}.json`);
        const outDir = join(dir, `out-${mechanism.id}`);
        await mkdir(outDir);
        await fc.assert(
          fc.asyncProperty(spoiledPath(valid), evilJsonText, fc.boolean(), async (path, text, render) => {
            await writeFile(file, jsonWith(valid, path, text));
            const line = await inProcessRefusal(['trace', file]);
            fc.pre(line !== undefined);
            const named = `${escape(file)}: (${namesOneOf([...Object.keys(valid), String(path[0])])}|not valid JSON \\(line \\d+, column \\d+)`;
            if (!render) {
              expectRefusal(await runAteneaProcess(['trace', file]), line!, new RegExp(`^atenea: ${named}`));
              return;
            }
            // render computes the trace with the same function before it opens --out or starts a browser.
            const refusal = await computeTrace(file, 'cpu', readFileCapped).then(
              () => expect.fail('computeTrace accepted what trace refused'),
              (e: unknown) => (e as CliError).message.replace(/^trace: /, ''),
            );
            const out = join(outDir, 'lecture.png');
            expectRefusal(await runAteneaProcess(['render', file, '--out', out]), `atenea: render: ${refusal}`, new RegExp(`^atenea: render: ${named}`));
            expect(await readdir(outDir)).toEqual([]);
          }),
          processRuns(2, 32),
        );
      },
      PROCESS_TIMEOUT,
    );
  }

  const OPTION_NAMED = /^atenea: (render|evaluate): (--[a-z-]+[: ]|missing|unknown (option|model) |unexpected argument |got \d+ models)/;

  it(
    'evaluate: bad arguments',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(word, { maxLength: 6 }), async (argv) => {
          let message: string | undefined;
          try {
            parseEvaluateArgs(argv, evaluateCommands);
          } catch (e) {
            message = (e as CliError).message;
          }
          fc.pre(message !== undefined);
          expect(await inProcessRefusal(['evaluate', ...argv])).toBe(`atenea: ${message}`);
          expectRefusal(await runAteneaProcess(['evaluate', ...argv]), `atenea: ${message}`, OPTION_NAMED);
        }),
        processRuns(3, 33),
      );
    },
    PROCESS_TIMEOUT,
  );

  it(
    'render: bad arguments, nothing written at --out',
    async () => {
      const outDir = join(dir, 'out-render-args');
      await mkdir(outDir);
      await fc.assert(
        fc.asyncProperty(
          fc.array(word, { maxLength: 6 }),
          fc.constantFrom('a.mp4', 'a.webm', 'a.gif', 'a.png', 'a.zip', 'frames', 'a.txt'),
          async (words, name) => {
            const argv = [...words, '--out', join(outDir, name)];
            let message: string | undefined;
            try {
              parseRenderArgs(argv);
            } catch (e) {
              if (!(e instanceof CliError)) throw e;
              message = e.message;
            }
            fc.pre(message !== undefined);
            expectRefusal(await runAteneaProcess(['render', ...argv]), `atenea: ${message}`, OPTION_NAMED);
            expect(await readdir(outDir)).toEqual([]);
          },
        ),
        processRuns(3, 34),
      );
    },
    PROCESS_TIMEOUT,
  );
});
