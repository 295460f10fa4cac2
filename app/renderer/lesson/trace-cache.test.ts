import { describe, expect, it } from 'vitest';
import { createGpuBackend } from '#core/gpu/common/backend.ts';
import type { Chapter } from '../chapters/chapter.ts';
import { cachingChapter, traceKey, type TraceCache } from './trace-cache.ts';

/** A context without a GPU: the stub chapters below never use it. */
const context = { backend: createGpuBackend() };

describe('the lesson trace cache', () => {
  it('computes once per (module, preset, parameters)', async () => {
    let runs = 0;
    const chapter = { id: 'ntm', compute: async () => ({ trace: { n: ++runs }, backend: 'cpu' }) } as unknown as Chapter;
    const cache: TraceCache = new Map();
    const cached = cachingChapter(chapter, cache);
    const a = await cached.compute({ beta: 1 }, 'lookup', context);
    const b = await cached.compute({ beta: 1 }, 'lookup', context);
    expect(b).toBe(a);
    expect(runs).toBe(1);
    await cached.compute({ beta: 2 }, 'lookup', context);
    await cached.compute({ beta: 1 }, 'copy', context);
    expect(runs).toBe(3);
  });
  it('keys typed arrays by value and forgets failures', async () => {
    expect(traceKey('ntm', 'p', { k: new Float64Array([1, 2]) })).toBe(traceKey('ntm', 'p', { k: [1, 2] }));
    let runs = 0;
    const failing = {
      id: 'ntm',
      compute: async () => {
        runs++;
        throw new Error('no');
      },
    } as unknown as Chapter;
    const cache: TraceCache = new Map();
    const cached = cachingChapter(failing, cache);
    await expect(cached.compute({}, 'p', context)).rejects.toThrow('no');
    await expect(cached.compute({}, 'p', context)).rejects.toThrow('no');
    expect(runs).toBe(2);
  });
});
