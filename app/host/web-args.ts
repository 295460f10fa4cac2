import { parsePort, type Parsed } from './port.ts';

/** What `npm run web` was asked to do. */
export interface WebOptions {
  /** The loopback port (PORT, or `--port`, default 4173). */
  readonly port: number;
  /** Build out/ first when it is missing or older than the sources (off with `--no-build`). */
  readonly build: boolean;
  /** Print the usage and exit. */
  readonly help: boolean;
}

/** The usage text of `npm run web`. */
export const WEB_USAGE = [
  'Usage: npm run web [-- --port=N] [-- --no-build]',
  'Serves the built renderer (out/renderer) at http://127.0.0.1:PORT/ for any browser.',
  '  --port=N     port from 1 to 65535 (default: $PORT, else 4173)',
  '  --no-build   serve out/renderer as it is, even if older than the sources',
].join('\n');

/**
 * Parses the arguments and environment of `npm run web`. `--port` wins over PORT. Unknown arguments and bad
 * ports give one line saying what is allowed.
 */
export function parseWebArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Parsed<WebOptions> {
  let portText: string | undefined = env['PORT'];
  let portSource = 'PORT';
  let build = true;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--no-build') build = false;
    else if (arg === '--port') {
      const next = argv[i + 1];
      if (next === undefined) return { ok: false, error: '--port needs a value: --port=4173 (1 to 65535).' };
      portText = next;
      portSource = '--port';
      i++;
    } else if (arg.startsWith('--port=')) {
      portText = arg.slice('--port='.length);
      portSource = '--port';
      if (portText === '') return { ok: false, error: '--port needs a value: --port=4173 (1 to 65535).' };
    } else return { ok: false, error: `Unknown argument '${arg}'. Allowed: --port=N, --no-build, --help.` };
  }
  const port = parsePort(portText, portSource);
  if (!port.ok) return port;
  return { ok: true, value: { port: port.value, build, help } };
}
