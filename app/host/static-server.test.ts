import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../node/csp.ts';
import { ListenError, closeServer, createStaticServer, isLoopbackHost, listenLoopback } from './static-server.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends a raw request (path as-is, no URL normalisation) so escapes reach the server unchanged. */
function send(port: number, path: string, method = 'GET', host = `127.0.0.1:${port}`): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let base: string;
let root: string;
let server: Server;
let port: number;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'atenea-static-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Atenea</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(root, 'assets', 'style.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'a b.svg'), '<svg/>');
  writeFileSync(join(root, 'assets', 'dawn.wasm'), Buffer.from([0, 97, 115, 109]));
  writeFileSync(join(root, 'assets', 'kernel.wgsl'), '@compute @workgroup_size(1) fn main() {}');
  writeFileSync(join(root, 'assets', 'data.json'), '{}');
  writeFileSync(join(root, 'assets', 'icon.png'), Buffer.from([137, 80, 78, 71]));
  writeFileSync(join(base, 'secret.txt'), 'secret');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'escape.txt'));
  symlinkSync(join(root, 'assets', 'app.js'), join(root, 'assets', 'inside.js'));
  server = createStaticServer({ root });
  port = await listenLoopback(server, 0);
});

afterAll(async () => {
  await closeServer(server);
  rmSync(base, { recursive: true, force: true });
});

describe('static server', () => {
  it("serves index.html at / with the app's CSP and nosniff", async () => {
    const reply = await send(port, '/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Atenea</title>');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/style.css', 'text/css; charset=utf-8'],
    ['/assets/a%20b.svg', 'image/svg+xml'],
    ['/assets/dawn.wasm', 'application/wasm'],
    ['/assets/kernel.wgsl', 'text/wgsl; charset=utf-8'],
    ['/assets/data.json', 'application/json; charset=utf-8'],
    ['/assets/icon.png', 'image/png'],
    ['/assets/app.js?v=3#x', 'text/javascript; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const reply = await send(port, path);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 with the security headers for a missing file', async () => {
    const reply = await send(port, '/assets/missing.js');
    expect(reply.status).toBe(404);
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/%2E%2E/%2e%2e/secret.txt', '/..%2fsecret.txt'])(
    'refuses the escape %s',
    async (path) => {
      const reply = await send(port, path);
      expect([400, 403]).toContain(reply.status);
      expect(reply.body).not.toContain('secret');
    },
  );

  it('refuses backslashes, NUL bytes and broken escapes', async () => {
    expect((await send(port, '/..%5csecret.txt')).status).toBe(400);
    expect((await send(port, '/index.html%00.js')).status).toBe(400);
    expect((await send(port, '/%E0%A4%A')).status).toBe(400);
  });

  it('refuses a symlink that points outside the root but follows one inside it', async () => {
    const out = await send(port, '/assets/escape.txt');
    expect(out.status).toBe(403);
    expect(out.body).not.toContain('secret');
    const inside = await send(port, '/assets/inside.js');
    expect(inside.status).toBe(200);
    expect(inside.body).toBe('export {};');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await send(port, '/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe('10');
    expect(head.body).toBe('');
    const post = await send(port, '/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers['allow']).toBe('GET, HEAD');
    expect((await send(port, '/', 'PUT')).status).toBe(405);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    expect((await send(port, '/', 'GET', `evil.example:${port}`)).status).toBe(421);
    expect((await send(port, '/', 'GET', `localhost:${port}`)).status).toBe(200);
    expect(isLoopbackHost(undefined, port)).toBe(false);
    expect(isLoopbackHost(`127.0.0.1:${port + 1}`, port)).toBe(false);
  });

  it('binds 127.0.0.1 only', () => {
    const address = server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('says in one line that a port is in use', async () => {
    const second = createStaticServer({ root });
    const error = await listenLoopback(second, port).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ListenError);
    expect((error as ListenError).code).toBe('EADDRINUSE');
    expect((error as ListenError).message).toMatch(new RegExp(`^Port ${port} is already in use`));
    expect((error as ListenError).message).not.toContain('\n');
  });
});
