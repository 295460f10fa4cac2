import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** What a URL path maps to inside a static root (see {@link resolveStaticFile}). */
export type StaticLookup =
  | { readonly kind: 'file'; readonly path: string; readonly size: number }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'bad-request' };

/** True when `child` is `root` itself or lies below it (both absolute, already normalised). */
export function isInside(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Maps the path of a request URL (still percent-encoded, e.g. `/assets/a%20b.js`) to a regular file inside
 * `root`, refusing every escape: `..` segments (encoded or not), backslashes, NUL bytes, and symlinks whose
 * target lies outside the root. `/` and directories serve their `index.html`. Used by the loopback server and
 * by Electron's `app://` protocol handler, so both hosts contain paths the same way.
 */
export async function resolveStaticFile(root: string, urlPath: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'bad-request' };
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return { kind: 'bad-request' };
  if (decoded.split('/').some((segment) => segment === '..')) return { kind: 'forbidden' };

  const rootAbs = resolve(root);
  let candidate = resolve(rootAbs, '.' + decoded);
  if (!isInside(rootAbs, candidate)) return { kind: 'forbidden' };

  let realRoot: string;
  try {
    realRoot = await realpath(rootAbs);
  } catch {
    return { kind: 'not-found' };
  }
  try {
    let info = await stat(candidate);
    if (info.isDirectory()) {
      candidate = resolve(candidate, 'index.html');
      info = await stat(candidate);
    }
    const real = await realpath(candidate);
    if (!isInside(realRoot, real)) return { kind: 'forbidden' };
    if (!info.isFile()) return { kind: 'not-found' };
    return { kind: 'file', path: real, size: info.size };
  } catch {
    return { kind: 'not-found' };
  }
}
