/**
 * The repository's structural rules (README "Layout"), as pure checks over the tree's text files, so a test can
 * run them on the tree and on small made-up trees that break each rule once:
 * - no source file over {@link MAX_LINES} lines (tests, e2e specs and JSON data aside; exceptions listed in
 *   {@link LENGTH_EXCEPTIONS});
 * - no `as` cast of a frame, a trace or frame data in app/ (views read the typed frames of `Chapter<Stage, Data>`);
 * - one engine cache: engines are kept per device only by core/gpu/common/backend.ts, compiled pipelines only by
 *   core/gpu/common/kernel.ts;
 * - the fallback to the reference is the backend's, reported to the caller: no `console.error(` in core/, the
 *   command (app/cli/) or the chapters;
 * - core/ imports nothing from app/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A text file of the tree: its path from the repository root (with `/`) and its contents. */
export interface TreeFile {
  readonly path: string;
  readonly text: string;
}

/** The longest a source file may be, in lines. */
export const MAX_LINES = 300;

/** Source files allowed over {@link MAX_LINES}, by path. None: a file that grows past the limit is split. */
export const LENGTH_EXCEPTIONS: readonly string[] = [];

/** The extensions of source files (JSON and CSV are data, Markdown is prose). */
export const SOURCE_EXTENSIONS: readonly string[] = ['.ts', '.mjs', '.cjs', '.js', '.wgsl', '.css', '.html'];

/** Folders never read: installs, build and test outputs, and the fixture the dependency rules are shown failing on. */
const SKIPPED = new Set([
  'node_modules',
  'out',
  'dist',
  'test-results',
  'playwright-report',
  '.git',
  '.vite',
  '.device',
  'bench/results',
  'scripts/dependency-rules-fixture',
]);

/** Every source file under `root` (see {@link SOURCE_EXTENSIONS}), sorted by path. */
export function readSourceTree(root: string): TreeFile[] {
  const files: TreeFile[] = [];
  const walk = (relative: string): void => {
    for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (SKIPPED.has(entry.name) || SKIPPED.has(path)) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && SOURCE_EXTENSIONS.some((ext) => path.endsWith(ext))) files.push({ path, text: readFileSync(join(root, path), 'utf8') });
    }
  };
  walk('');
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Lines of `text` as `wc -l` would count them, plus a last line without a newline. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  const newlines = text.split('\n').length - 1;
  return text.endsWith('\n') ? newlines : newlines + 1;
}

/** Whether the length rule applies to `path`: a source file that is not a test or an e2e spec. */
export function isLengthChecked(path: string): boolean {
  if (!SOURCE_EXTENSIONS.some((ext) => path.endsWith(ext))) return false;
  return !/\.(test|spec)\.ts$/.test(path);
}

/** `path: N lines` for each checked file over `max` lines that is not in `exceptions`. */
export function overLength(files: readonly TreeFile[], max = MAX_LINES, exceptions: readonly string[] = LENGTH_EXCEPTIONS): string[] {
  return files
    .filter((f) => isLengthChecked(f.path) && !exceptions.includes(f.path))
    .map((f) => ({ path: f.path, lines: lineCount(f.text) }))
    .filter((f) => f.lines > max)
    .map((f) => `${f.path}: ${f.lines} lines`);
}

/** `path:line: text` of every line of `files` (those `where` accepts) that `pattern` matches. */
function matchingLines(files: readonly TreeFile[], where: (path: string) => boolean, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const file of files) {
    if (!where(file.path)) continue;
    file.text.split('\n').forEach((line, i) => {
      if (pattern.test(line)) found.push(`${file.path}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

/** A cast to a frame, frame-data or trace type, or of a frame's `data`: `as NtmFrame`, `as ActFrameData`, `.data as`. */
export const FRAME_CAST = /\bas [A-Za-z]*(Frame|FrameData|Trace)\b|\.data as /;

/** Every frame cast in app/ (tests included). */
export function frameCasts(files: readonly TreeFile[]): string[] {
  return matchingLines(files, (p) => p.startsWith('app/') && p.endsWith('.ts'), FRAME_CAST);
}

/** The per-device caches of the tree: the files that create a `WeakMap<GPUDevice` or a `Map<EngineKind`. */
export function deviceCaches(files: readonly TreeFile[]): { readonly engines: string[]; readonly perDevice: string[] } {
  // This file names the patterns it looks for, so it is not searched.
  const ts = (p: string) => p.endsWith('.ts') && !/\.test\.ts$/.test(p) && p !== 'scripts/repo-rules.ts';
  return {
    engines: matchingLines(files, ts, /new Map<EngineKind\b/).map((hit) => hit.slice(0, hit.indexOf(':'))),
    perDevice: matchingLines(files, ts, /new WeakMap<GPUDevice\b/).map((hit) => hit.slice(0, hit.indexOf(':'))),
  };
}

/** Every `console.error(` in core/, the command (app/cli/) and the chapters (app/renderer/chapters/). */
export function consoleFallbacks(files: readonly TreeFile[]): string[] {
  const where = (p: string) => /^(core|app\/cli|app\/renderer\/chapters)\//.test(p);
  return matchingLines(files, where, /\bconsole\.error\(/);
}

/** Every import (static, re-export or dynamic) in core/ of a path through app/. */
export function coreImportsOfApp(files: readonly TreeFile[]): string[] {
  return matchingLines(files, (p) => p.startsWith('core/'), /(\bfrom|\bimport\(|^\s*import)\s*'[^']*\bapp\//);
}
