/**
 * The repository rules of scripts/repo-rules.ts hold on this tree, and each check reports the one break of a
 * small made-up tree (so a check that stopped finding anything would fail here, not pass silently).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  LENGTH_EXCEPTIONS,
  MAX_LINES,
  consoleFallbacks,
  coreImportsOfApp,
  deviceCaches,
  frameCasts,
  isLengthChecked,
  lineCount,
  overLength,
  readSourceTree,
  type TreeFile,
} from './repo-rules.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

describe('the repository rules on this tree', () => {
  const tree = readSourceTree(root);
  it('reads the sources and none of the installs or outputs', () => {
    const paths = tree.map((f) => f.path);
    expect(paths).toContain('core/gpu/common/backend.ts');
    expect(paths).toContain('app/renderer/index.html');
    expect(paths.filter((p) => /^(node_modules|out|test-results)\/|dependency-rules-fixture/.test(p))).toEqual([]);
  });
  it(`has no source file over ${MAX_LINES} lines, and no exceptions`, () => {
    expect(LENGTH_EXCEPTIONS).toEqual([]);
    expect(overLength(tree)).toEqual([]);
  });
  it('has no frame casts in app/', () => {
    expect(frameCasts(tree)).toEqual([]);
  });
  it('keeps engines per device in the backend only, and compiled pipelines in the kernel cache only', () => {
    expect(deviceCaches(tree)).toEqual({ engines: ['core/gpu/common/backend.ts'], perDevice: ['core/gpu/common/kernel.ts'] });
  });
  it('reports fallbacks to the caller: no console.error in core/, the command or the chapters', () => {
    expect(consoleFallbacks(tree)).toEqual([]);
  });
  it('imports nothing from app/ in core/', () => {
    expect(coreImportsOfApp(tree)).toEqual([]);
  });
});

describe('each repository rule reports a break', () => {
  const lines = (n: number) => 'x\n'.repeat(n);
  it('counts lines as wc -l does, plus an unterminated last line', () => {
    expect([lineCount(''), lineCount('a'), lineCount('a\n'), lineCount('a\nb')]).toEqual([0, 1, 1, 2]);
  });
  it('finds a long source file, not a long test, spec or data file, and honours listed exceptions', () => {
    const files: TreeFile[] = [
      { path: 'app/long.ts', text: lines(301) },
      { path: 'app/ok.ts', text: lines(300) },
      { path: 'shaders/long.wgsl', text: lines(400) },
      { path: 'app/long.test.ts', text: lines(900) },
      { path: 'e2e/long.spec.ts', text: lines(900) },
      { path: 'core/data.json', text: lines(900) },
    ];
    expect(isLengthChecked('core/data.json')).toBe(false);
    expect(overLength(files)).toEqual(['app/long.ts: 301 lines', 'shaders/long.wgsl: 400 lines']);
    expect(overLength(files, MAX_LINES, ['app/long.ts'])).toEqual(['shaders/long.wgsl: 400 lines']);
  });
  it('finds frame, frame-data and trace casts in app/ only', () => {
    const text = [
      'const a = frame as NtmFrame;',
      'const b = frame.data as ActFrameData;',
      'const c = x as Frame<string, unknown>;',
      'const d = json as FocusTrace;',
      'const e = t.image.data as Uint8Array;',
      'const fine = frame.data; // read as a frame of the trace',
    ].join('\n');
    expect(frameCasts([{ path: 'app/renderer/v.test.ts', text }]).map((hit) => hit.split(':')[1])).toEqual(['1', '2', '3', '4', '5']);
    expect(frameCasts([{ path: 'core/v.ts', text }])).toEqual([]);
  });
  it('finds a second engine cache', () => {
    const files: TreeFile[] = [
      { path: 'core/gpu/common/backend.ts', text: 'const engines = new Map<EngineKind<unknown>, Promise<unknown>>();' },
      { path: 'app/renderer/chapters/ntm/index.ts', text: 'const engineFor = new WeakMap<GPUDevice, Engine>();' },
    ];
    expect(deviceCaches(files)).toEqual({ engines: ['core/gpu/common/backend.ts'], perDevice: ['app/renderer/chapters/ntm/index.ts'] });
  });
  it('finds a console fallback in a chapter or a command, not in the app shell', () => {
    const text = 'try { run(); } catch (e) {\n  console.error(e);\n}';
    const files: TreeFile[] = ['app/renderer/chapters/act/index.ts', 'app/cli/commands/trace-act.ts', 'core/x.ts', 'app/renderer/main.ts'].map((path) => ({
      path,
      text,
    }));
    expect(consoleFallbacks(files)).toEqual([
      'app/renderer/chapters/act/index.ts:2: console.error(e);',
      'app/cli/commands/trace-act.ts:2: console.error(e);',
      'core/x.ts:2: console.error(e);',
    ]);
  });
  it('finds an import of app/ in core/, static or dynamic', () => {
    const text = [
      "import { a } from '../../app/node/files.ts';",
      "export { b } from '#app/shared/x.ts';",
      "const c = await import('../../app/cli/cli.ts');",
      "import { d } from './webapp/d.ts';",
    ].join('\n');
    expect(coreImportsOfApp([{ path: 'core/m.ts', text }]).map((hit) => hit.split(':')[1])).toEqual(['1', '2', '3']);
  });
});
