import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SECURITY_HEADERS } from '../node/csp.ts';
import { mimeTypeFor } from '../node/mime-types.ts';
import { resolveStaticFile } from '../node/static-files.ts';

/** The only interface the loopback server ever binds: the app is never reachable from the network. */
export const LOOPBACK_HOST = '127.0.0.1';

/** Options of {@link createStaticServer}. */
export interface StaticServerOptions {
  /** The folder served at `/` (out/renderer). */
  readonly root: string;
  /** Called once per request with a short line (method, path, status); omitted: silent. */
  readonly log?: (line: string) => void;
}

function sendStatus(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra });
  res.end(`${text}\n`);
}

/**
 * True when the Host header names this loopback server (127.0.0.1 or localhost on its own port), which stops
 * DNS-rebinding pages from reading the app through a name that resolves to 127.0.0.1.
 */
export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  if (hostHeader === undefined) return false;
  const host = hostHeader.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

async function handle(req: IncomingMessage, res: ServerResponse, options: StaticServerOptions, server: Server): Promise<void> {
  const method = req.method ?? 'GET';
  const port = (server.address() as AddressInfo | null)?.port ?? 0;
  if (!isLoopbackHost(req.headers.host, port)) return sendStatus(res, 421, 'Misdirected request');
  if (method !== 'GET' && method !== 'HEAD') return sendStatus(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  const rawPath = (req.url ?? '/').split('?', 1)[0]!.split('#', 1)[0]!;
  const found = await resolveStaticFile(options.root, rawPath);
  switch (found.kind) {
    case 'bad-request':
      return sendStatus(res, 400, 'Bad request');
    case 'forbidden':
      return sendStatus(res, 403, 'Forbidden');
    case 'not-found':
      return sendStatus(res, 404, 'Not found');
    case 'file':
      break;
  }
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(found.path), 'Content-Length': String(found.size) });
  if (method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(found.path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/**
 * A small static file server for the built renderer: GET and HEAD only, paths contained in `root`
 * ({@link resolveStaticFile}), MIME types by extension, the CSP (README "Security") and `nosniff` on every response.
 * Not listening yet: call {@link listenLoopback}.
 */
export function createStaticServer(options: StaticServerOptions): Server {
  const server = createServer((req, res) => {
    handle(req, res, options, server)
      .catch(() => {
        if (!res.headersSent) sendStatus(res, 500, 'Internal error');
        else res.destroy();
      })
      .finally(() => options.log?.(`${req.method ?? '?'} ${req.url ?? '?'} ${res.statusCode}`));
  });
  return server;
}

/** Why {@link listenLoopback} failed, as one line for the user. */
export class ListenError extends Error {
  /** The Node error code (EADDRINUSE, EACCES, ...). */
  readonly code: string | undefined;
  constructor(message: string, code: string | undefined) {
    super(message);
    this.name = 'ListenError';
    this.code = code;
  }
}

/**
 * Starts `server` on 127.0.0.1:`port` (0 picks a free port) and resolves with the port it got.
 * A port in use or not allowed rejects with a {@link ListenError} whose message is one clear line.
 */
export function listenLoopback(server: Server, port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      server.off('listening', onListening);
      const where = `${LOOPBACK_HOST}:${port}`;
      if (error.code === 'EADDRINUSE') {
        reject(
          new ListenError(`Port ${port} is already in use on ${LOOPBACK_HOST}: stop the program using it or choose another port, e.g. PORT=4174.`, error.code),
        );
      } else if (error.code === 'EACCES') {
        reject(new ListenError(`Not allowed to listen on ${where}: choose a port from 1024 to 65535, e.g. PORT=4174.`, error.code));
      } else {
        reject(new ListenError(`Cannot listen on ${where}: ${error.message}`, error.code));
      }
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolvePort((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, LOOPBACK_HOST);
  });
}

/** Stops accepting connections, drops the open ones (keep-alive) and resolves when the server is closed. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((done) => {
    if (!server.listening) return done();
    server.close(() => done());
    server.closeAllConnections();
  });
}
