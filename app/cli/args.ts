/**
 * Parsing of a subcommand's options: `--backend cpu|webgpu` (or `--backend=webgpu`), `--help`, and
 * positional arguments. Anything else is a usage error (exit 2) listing what is allowed.
 */
import { previewString } from '#core/scenario/describe-value.ts';
import { BACKENDS, type Backend } from './backend.ts';
import { CliError, EXIT } from './cli-error.ts';

/** A subcommand's parsed arguments. */
export interface ParsedArgs {
  readonly backend: Backend;
  readonly help: boolean;
  readonly positional: readonly string[];
}

/** Parses `argv` (after the subcommand name) for the subcommand `command`. */
export function parseArgs(command: string, argv: readonly string[]): ParsedArgs {
  let backend: Backend | undefined;
  let help = false;
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
    } else if (arg === '--backend' || arg.startsWith('--backend=')) {
      // As evaluate and render do: a second --backend is a slip, not "the last one wins".
      if (backend !== undefined) throw new CliError(EXIT.badInput, `${command}: --backend given twice; allowed: once`);
      const value = arg === '--backend' ? argv[++i] : arg.slice('--backend='.length);
      if (!BACKENDS.includes(value as Backend)) {
        throw new CliError(
          EXIT.badInput,
          `${command}: --backend: got ${value === undefined ? 'nothing' : previewString(value)}; allowed: ${BACKENDS.join(', ')}`,
        );
      }
      backend = value as Backend;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new CliError(EXIT.badInput, `${command}: unknown option ${previewString(arg)}; allowed: --backend ${BACKENDS.join('|')}, --help`);
    } else {
      positional.push(arg);
    }
  }
  return { backend: backend ?? 'cpu', help, positional };
}
