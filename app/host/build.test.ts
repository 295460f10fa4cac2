import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronViteBin, isBuildStale, newestMtime } from './build.ts';

let root: string;
const at = (seconds: number): Date => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds));
function file(path: string, seconds: number): void {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, 'x');
  utimesSync(full, at(seconds), at(seconds));
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'atenea-build-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('isBuildStale', () => {
  it('is stale when an output is missing', () => {
    file('src/a.ts', 10);
    expect(isBuildStale(root, ['out/index.html'], ['src'])).toBe(true);
  });

  it('is fresh when every output is newer than every source', () => {
    file('src/a.ts', 10);
    file('src/deep/b.ts', 20);
    file('out/index.html', 30);
    expect(isBuildStale(root, ['out/index.html'], ['src'])).toBe(false);
  });

  it('is stale when a source changed after the oldest output', () => {
    file('src/a.ts', 25);
    file('out/index.html', 30);
    file('out/main.js', 20);
    expect(isBuildStale(root, ['out/index.html', 'out/main.js'], ['src'])).toBe(true);
  });

  it('ignores tests, node_modules and dot folders', () => {
    file('src/a.ts', 10);
    file('src/a.test.ts', 50);
    file('src/k.gpu.test.ts', 50);
    file('src/node_modules/x.js', 50);
    file('src/.cache/y', 50);
    file('out/index.html', 30);
    expect(isBuildStale(root, ['out/index.html'], ['src'])).toBe(false);
    expect(newestMtime(join(root, 'src'))).toBe(at(10).getTime());
  });

  it('treats a missing source folder as no change', () => {
    file('out/index.html', 30);
    expect(isBuildStale(root, ['out/index.html'], ['absent'])).toBe(false);
  });
});

describe('electronViteBin', () => {
  it('finds the electron-vite command line of this repository', () => {
    expect(electronViteBin()).toMatch(/node_modules[\\/]electron-vite[\\/]bin[\\/]electron-vite\.js$/);
  });
});
