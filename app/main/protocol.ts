import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../node/csp.ts';
import { mimeTypeFor } from '../node/mime-types.ts';
import { resolveStaticFile } from '../node/static-files.ts';
import { APP_HOST, APP_SCHEME } from './security.ts';

/**
 * Declares `app://` privileged, before the app is ready: standard (relative URLs, an origin), secure (a secure
 * context, which WebGPU and module workers need), fetch-able. Not `bypassCSP`: the CSP header applies.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

function plain(status: number, text: string): Response {
  return new Response(`${text}\n`, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * The `app://` request handler: serves files of `root` (out/renderer) for `app://atenea/<path>`, GET and HEAD
 * only, with the same path and symlink containment as the loopback server ({@link resolveStaticFile}) and the CSP
 * of the README's "Security" as a response header. Anything else is refused (400/403/404/405).
 */
export function createAppRequestHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    // WHATWG URL parsing already folds literal `..`; the resolver also refuses encoded ones and symlinks out.
    const found = await resolveStaticFile(root, url.pathname);
    switch (found.kind) {
      case 'bad-request':
        return plain(400, 'Bad request');
      case 'forbidden':
        return plain(403, 'Forbidden');
      case 'not-found':
        return plain(404, 'Not found');
      case 'file':
        break;
    }
    const headers = { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(found.path), 'Content-Length': String(found.size) };
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
    return new Response(await readFile(found.path), { status: 200, headers });
  };
}

/** Serves the renderer build at `app://atenea/` (call once the app is ready). */
export function handleAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(root));
}
