/**
 * `npm run web`: builds the renderer when needed, serves out/renderer at http://127.0.0.1:PORT/ (default 4173)
 * and stops cleanly on Ctrl-C. Exit status: 0 stopped by a signal, 1 build or listen failure, 2 bad arguments.
 */
import { join } from 'node:path';
import { BUILD_OUTPUTS, REPO_ROOT, buildIfNeeded } from './build.ts';
import { ListenError, closeServer, createStaticServer, listenLoopback } from './static-server.ts';
import { WEB_USAGE, parseWebArgs } from './web-args.ts';

const parsed = parseWebArgs(process.argv.slice(2), process.env);
if (!parsed.ok) {
  console.error(parsed.error);
  process.exit(2);
}
const options = parsed.value;
if (options.help) {
  console.log(WEB_USAGE);
  process.exit(0);
}

const log = (line: string): void => console.error(line);
if (options.build && !(await buildIfNeeded([BUILD_OUTPUTS.renderer], log))) process.exit(1);

const server = createStaticServer({ root: join(REPO_ROOT, 'out', 'renderer') });
let port: number;
try {
  port = await listenLoopback(server, options.port);
} catch (error) {
  console.error(error instanceof ListenError ? error.message : String(error));
  process.exit(1);
}
console.log(`Atenea is served at http://127.0.0.1:${port}/ (Ctrl-C stops it)`);

const stop = (): void => {
  void closeServer(server).then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
