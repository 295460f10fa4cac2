/**
 * `atenea evaluate <model> [--cases N] [--seed S] [--length L] [--backend cpu|webgpu]`: one JSON object on
 * stdout (README, "The atenea command").
 */
import { parseEvaluateArgs } from './evaluate-args.ts';
import { evaluateCommands } from './evaluate-registry.ts';
import { toJson } from './json-output.ts';
import { usage } from './usage.ts';

/** The command's stdout for `argv` (after `evaluate`); throws a CliError on bad arguments. */
export async function runEvaluate(argv: readonly string[]): Promise<string> {
  const args = parseEvaluateArgs(argv, evaluateCommands);
  if (args.help) return usage();
  const command = evaluateCommands.find((c) => c.name === args.model)!;
  const result = await command.run(args);
  return `${toJson(result)}\n`;
}
