/**
 * Entry point of `npm run --silent atenea -- ...` (node --import ./scripts/register-loaders.mjs app/cli/main.ts).
 * See cli.ts for the command and README "The atenea command" for its contract.
 */
import { describeFsError } from '../node/atomic-output.ts';
import { runCli } from './cli.ts';
import { runRender } from './commands/render.ts';
import { readCapped, readFileCapped } from './read-capped.ts';
import { writePieces } from './write-pieces.ts';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  return readCapped(process.stdin, 'stdin');
}

const readFileOrUndefined = (path: string): Promise<string | undefined> => readFileCapped(path);

/**
 * A reader that stops early (`| head`) closes the pipe: that is not an error of ours. Any other failure to write
 * stdout (a full disk under `> file`) is one line saying what happened, exit 2 as for an unwritable `render --out`.
 */
function stdoutFailed(e: NodeJS.ErrnoException): never {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`atenea: ${describeFsError(e, 'stdout')}\n`);
  process.exit(2);
}
process.stdout.on('error', stdoutFailed);

// `render` drives a browser and streams its progress, so it runs outside runCli's buffered stdout/stderr.
if (process.argv[2] === 'render')
  process.exit(
    await runRender(process.argv.slice(3), {
      readFile: readFileOrUndefined,
      log: (l) => process.stderr.write(`${l}\n`),
      print: (t) => process.stdout.write(t),
    }),
  );
const result = await runCli(process.argv.slice(2), { readStdin, readFile: readFileOrUndefined });
const write = (stream: NodeJS.WriteStream, text: string): Promise<void> => new Promise((resolve) => (text ? stream.write(text, () => resolve()) : resolve()));
await write(process.stdout, result.stdout);
if (result.stdoutPieces) {
  try {
    await writePieces(process.stdout, result.stdoutPieces);
  } catch (e) {
    if ((e as NodeJS.ErrnoException | null)?.code) stdoutFailed(e as NodeJS.ErrnoException);
    process.stderr.write(`atenea: internal error: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}\n`);
    process.exit(1);
  }
}
await write(process.stderr, result.stderr);
// Exit explicitly: a WebGPU device (Dawn) may keep the event loop alive after the work is done.
process.exit(result.exitCode);
