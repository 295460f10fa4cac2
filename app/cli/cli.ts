/**
 * The `atenea` command as a function of its arguments and inputs (main.ts wires it to the process), so tests
 * can also run it in-process. Subcommands: `compute`, `trace`, `evaluate`, `--help` (`render` is run by main.ts).
 */
import { previewString } from '#core/scenario/describe-value.ts';
import { parseArgs } from './args.ts';
import { CliError, EXIT } from './cli-error.ts';
import type { CliIo, CliResult } from './cli-io.ts';
import { runCompute } from './compute-runner.ts';
import { runEvaluate } from './evaluate-runner.ts';
import { streamTrace } from './trace-runner.ts';
import { usage } from './usage.ts';

const SUBCOMMANDS = ['compute', 'trace', 'evaluate'];
/** Every command `atenea` has (`render` runs outside runCli: main.ts hands it to commands/render.ts). */
const ALL_COMMANDS = [...SUBCOMMANDS, 'render'];

/** Runs the command; never throws (an unexpected error is exit 1 with its message). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<CliResult> {
  try {
    const [subcommand, ...rest] = argv;
    if (subcommand === '--help' || subcommand === '-h' || subcommand === 'help') return { exitCode: EXIT.ok, stdout: usage(), stderr: '' };
    if (subcommand === undefined) throw new CliError(EXIT.badInput, `missing command; allowed: ${ALL_COMMANDS.join(', ')}, --help`);
    if (!SUBCOMMANDS.includes(subcommand)) {
      throw new CliError(EXIT.badInput, `unknown command ${previewString(subcommand)}; allowed: ${ALL_COMMANDS.join(', ')}, --help`);
    }
    if (subcommand === 'evaluate') return { exitCode: EXIT.ok, stdout: await runEvaluate(rest), stderr: '' };
    const args = parseArgs(subcommand, rest);
    if (args.help) return { exitCode: EXIT.ok, stdout: usage(), stderr: '' };
    if (subcommand === 'compute') return { exitCode: EXIT.ok, stdout: await runCompute(args, () => io.readStdin()), stderr: '' };
    return { exitCode: EXIT.ok, stdout: '', stdoutPieces: await streamTrace(args, (p) => io.readFile(p)), stderr: '' };
  } catch (e) {
    if (e instanceof CliError) return { exitCode: e.exitCode, stdout: '', stderr: `atenea: ${e.message}\n` };
    const message = e instanceof Error ? e.message : String(e);
    return { exitCode: EXIT.internal, stdout: '', stderr: `atenea: internal error: ${message.split('\n')[0]}\n` };
  }
}
