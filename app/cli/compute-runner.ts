/**
 * `atenea compute <module> [--backend cpu|webgpu]`: reads one JSON case or an array of cases on stdin, writes
 * one result or an array in the same order (compute-command.ts). Every case is validated before anything is
 * computed, so a bad case n gives exit 2 and `case n: <field>: <problem>; allowed: <values>`, nothing on stdout.
 */
import { parseJsonText } from '#core/scenario/scenario-file.ts';
import { previewString } from '#core/scenario/describe-value.ts';
import { GpuBufferLimitError } from '#core/gpu/common/buffers.ts';
import { ValidationError } from '#core/scenario/validate.ts';
import { requireGpuDevice } from './backend.ts';
import { CliError, EXIT } from './cli-error.ts';
import type { AnyComputeCommand } from './compute-command.ts';
import { computeCommands } from './compute-registry.ts';
import type { ParsedArgs } from './args.ts';
import { toJson } from './json-output.ts';

/** The module names `compute` accepts. */
export function computeModules(): string[] {
  return computeCommands.map((c) => c.module);
}

/** Finds the command for `module`, or fails with exit 2 listing the modules. */
export function findComputeCommand(module: string | undefined): AnyComputeCommand {
  const command = computeCommands.find((c) => c.module === module);
  if (!command) {
    throw new CliError(
      EXIT.badInput,
      `compute: ${module === undefined ? 'missing module' : `unknown module ${previewString(module)}`}; allowed: ${computeModules().join(', ')}`,
    );
  }
  return command;
}

/** Runs a compute command on stdin's text; returns stdout's text (JSON and a newline). */
export async function runCompute(args: ParsedArgs, stdin: () => Promise<string>): Promise<string> {
  if (args.positional.length > 1) {
    throw new CliError(
      EXIT.badInput,
      `compute: unexpected argument ${previewString(args.positional[1]!)}; allowed: one module (${computeModules().join(', ')}), cases on stdin`,
    );
  }
  const command = findComputeCommand(args.positional[0]);
  let parsed: unknown;
  try {
    parsed = parseJsonText(await stdin(), 'stdin');
  } catch (e) {
    if (e instanceof ValidationError) throw new CliError(EXIT.badInput, `stdin: ${e.problem}; allowed: one JSON case or an array of cases`);
    throw e;
  }
  const single = !Array.isArray(parsed);
  const values: unknown[] = single ? [parsed] : (parsed as unknown[]);
  const inputs = values.map((value, index) => {
    try {
      return command.parseCase(value) as unknown;
    } catch (e) {
      if (e instanceof ValidationError) throw new CliError(EXIT.badInput, `case ${index}: ${e.message}`);
      throw e;
    }
  });
  if (args.backend === 'webgpu') {
    inputs.forEach((input, index) => {
      try {
        command.checkGpuCase(input);
      } catch (e) {
        if (e instanceof ValidationError) throw new CliError(EXIT.badInput, `case ${index}: ${e.message}`);
        throw e;
      }
    });
  }
  let outputs: unknown[];
  if (args.backend === 'cpu') {
    outputs = inputs.map((input) => command.computeCpu(input));
  } else {
    const device = await requireGpuDevice();
    try {
      outputs = await command.computeGpu(device, inputs);
    } catch (e) {
      if (e instanceof GpuBufferLimitError) throw new CliError(EXIT.badInput, `--backend webgpu: ${e.message}`);
      throw e;
    } finally {
      device.destroy();
    }
  }
  return `${toJson(single ? outputs[0] : outputs)}\n`;
}
