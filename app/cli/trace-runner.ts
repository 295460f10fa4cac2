/**
 * `atenea trace <scenario.json | preset> [--backend cpu|webgpu]`: runs a whole scenario and writes its trace as
 * JSON (typed arrays as arrays). A file is dispatched by its `module` field (trace-registry.ts); a preset is
 * named by its id (`copy`) or, when two modules share an id, by `module:id` (`ntm:copy`).
 */
import { GpuBufferLimitError } from '#core/gpu/common/buffers.ts';
import { previewString } from '#core/scenario/describe-value.ts';
import { parseJsonText, scenarioModule } from '#core/scenario/scenario-file.ts';
import { ValidationError } from '#core/scenario/validate.ts';
import type { Trace } from '#core/trace/trace.ts';
import { requireGpuDevice, type Backend } from './backend.ts';
import { CliError, EXIT } from './cli-error.ts';
import type { ParsedArgs } from './args.ts';
import { jsonChunks } from './json-stream.ts';
import type { TraceCommand } from './trace-command.ts';
import { traceCommands } from './trace-registry.ts';

/** Every preset as `module:id`. */
export function qualifiedPresetIds(): string[] {
  return traceCommands.flatMap((c) => c.presets.map((p) => `${c.module}:${p.id}`));
}

/** The presets in words, for messages and `--help`: `lookup, copy, free (ntm)`. */
export function describePresets(): string {
  return traceCommands.map((c) => `${c.presets.map((p) => p.id).join(', ')} (${c.module})`).join('; ');
}

function findPreset(name: string): { command: TraceCommand; scenario: unknown } | undefined {
  const colon = name.indexOf(':');
  const [module, id] = colon >= 0 ? [name.slice(0, colon), name.slice(colon + 1)] : [undefined, name];
  const matches = traceCommands
    .filter((c) => module === undefined || c.module === module)
    .flatMap((command) => {
      const scenario = command.presetScenario(id);
      return scenario === undefined ? [] : [{ command, scenario }];
    });
  if (matches.length > 1) {
    throw new CliError(
      EXIT.badInput,
      `trace: preset ${previewString(name)} exists in several modules; allowed: ${matches.map((m) => `${m.command.module}:${id}`).join(', ')}`,
    );
  }
  return matches[0];
}

/**
 * The trace of a scenario file or preset, computed on `backend` (what `atenea trace` prints and `atenea render`
 * draws). Throws a {@link CliError}: exit 2 naming the file and field, exit 3 when the GPU has no adapter.
 */
export async function computeTrace(target: string, backend: Backend, readFile: (path: string) => Promise<string | undefined>): Promise<Trace> {
  const allowed = `a scenario file (JSON) or a preset: ${describePresets()}`;
  let command: TraceCommand;
  let scenario: unknown;
  let label: string;
  const text = await readFile(target);
  if (text !== undefined) {
    label = target;
    try {
      scenario = parseJsonText(text, target);
      const module = scenarioModule(scenario);
      const found = traceCommands.find((c) => c.module === module);
      if (!found) {
        throw new ValidationError(
          'module',
          `no trace command for ${previewString(module)}`,
          `one of ${traceCommands.map((c) => previewString(c.module)).join(', ')}`,
        );
      }
      command = found;
    } catch (e) {
      if (e instanceof ValidationError) throw new CliError(EXIT.badInput, e.path === target ? e.message : `${target}: ${e.message}`);
      throw e;
    }
  } else {
    const preset = findPreset(target);
    if (!preset) throw new CliError(EXIT.badInput, `trace: no file or preset named ${previewString(target)}; allowed: ${allowed}`);
    ({ command, scenario } = preset);
    label = `preset ${target}`;
  }

  const device = backend === 'webgpu' ? await requireGpuDevice() : undefined;
  try {
    return await command.run(scenario, device);
  } catch (e) {
    if (e instanceof ValidationError) throw new CliError(EXIT.badInput, `${label}: ${e.message}`);
    if (e instanceof GpuBufferLimitError) throw new CliError(EXIT.badInput, `${label}: --backend webgpu: ${e.message}`);
    throw e;
  } finally {
    device?.destroy();
  }
}

/**
 * Runs `trace`; returns stdout's text (the trace as JSON and a newline) in pieces, written one after the other:
 * a trace longer than V8's longest string (~512 MiB) is never one string.
 */
export async function streamTrace(args: ParsedArgs, readFile: (path: string) => Promise<string | undefined>): Promise<Iterable<string>> {
  const [target, extra] = args.positional;
  if (target === undefined) throw new CliError(EXIT.badInput, `trace: missing scenario; allowed: a scenario file (JSON) or a preset: ${describePresets()}`);
  if (extra !== undefined) throw new CliError(EXIT.badInput, `trace: unexpected argument ${previewString(extra)}; allowed: one scenario file or preset`);
  const trace = await computeTrace(target, args.backend, readFile);
  return (function* () {
    yield* jsonChunks(trace);
    yield '\n';
  })();
}

/** Runs `trace`; returns stdout's text as one string (for traces that fit in one; main.ts streams). */
export async function runTrace(args: ParsedArgs, readFile: (path: string) => Promise<string | undefined>): Promise<string> {
  return [...(await streamTrace(args, readFile))].join('');
}
