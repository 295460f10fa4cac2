import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const registerSchemesAsPrivileged = vi.fn();
const handle = vi.fn();
vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged, handle }, shell: { openExternal: vi.fn() } }));

const { CONTENT_SECURITY_POLICY } = await import('../node/csp.ts');
const { createAppRequestHandler, handleAppProtocol, registerAppScheme } = await import('./protocol.ts');

let base: string;
let root: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'atenea-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Atenea</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(root, 'assets', 'engine.wasm'), Buffer.from([0, 97, 115, 109]));
  writeFileSync(join(base, 'secret.txt'), 'secret');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'escape.txt'));
  serve = createAppRequestHandler(root);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A request whose URL reaches the handler as written (Request would normalise a literal `..`). */
function request(url: string, method = 'GET'): Request {
  return { url, method } as Request;
}

describe('registerAppScheme', () => {
  it('makes app:// standard and secure, without bypassing the CSP', () => {
    registerAppScheme();
    const [schemes] = registerSchemesAsPrivileged.mock.calls[0]! as [{ scheme: string; privileges: Record<string, boolean> }[]];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]!.scheme).toBe('app');
    expect(schemes[0]!.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(schemes[0]!.privileges['bypassCSP']).toBeUndefined();
  });

  it('registers the handler on the app scheme', () => {
    handleAppProtocol(root);
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('the app:// handler', () => {
  it('serves index.html with the CSP and nosniff headers', async () => {
    const response = await serve(request('app://atenea/index.html?e2e=1'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Atenea</title>');
  });

  it('serves / as index.html and assets with their MIME types', async () => {
    expect((await serve(request('app://atenea/'))).status).toBe(200);
    expect((await serve(request('app://atenea/assets/app.js'))).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await serve(request('app://atenea/assets/engine.wasm'))).headers.get('content-type')).toBe('application/wasm');
  });

  it.each(['app://atenea/assets/..%2f..%2fsecret.txt', 'app://atenea/assets/escape.txt', 'app://atenea/..%5csecret.txt'])('contains %s', async (url) => {
    const response = await serve(request(url));
    expect([400, 403]).toContain(response.status);
    expect(await response.text()).not.toContain('secret');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each(['app://atenea/../../secret.txt', 'app://atenea/%2e%2e/secret.txt'])('folds the dot segments of %s inside the root (URL parsing)', async (url) => {
    const response = await serve(request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('answers 404 for missing files and other hosts, 405 for other methods', async () => {
    expect((await serve(request('app://atenea/missing.js'))).status).toBe(404);
    expect((await serve(request('app://evil/index.html'))).status).toBe(404);
    expect((await serve(request('app://atenea/index.html', 'POST'))).status).toBe(405);
    const head = await serve(request('app://atenea/assets/app.js', 'HEAD'));
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('10');
  });
});
