import { describe, expect, it } from 'vitest';
import type { Chapter } from '../chapters/chapter.ts';
import { cachingChapter, traceKey, type TraceCache } from './trace-cache.ts';

describe('the lesson trace cache', () => {
  it('computes once per (module, preset, parameters)', async () => {
    let runs = 0;
    const chapter = { id: 'ntm', compute: async () => ({ trace: { n: ++runs }, backend: 'cpu' }) } as unknown as Chapter;
    const cache: TraceCache = new Map();
    const cached = cachingChapter(chapter, cache);
    const a = await cached.compute({ beta: 1 }, 'lookup', { device: null });
    const b = await cached.compute({ beta: 1 }, 'lookup', { device: null });
    expect(b).toBe(a);
    expect(runs).toBe(1);
    await cached.compute({ beta: 2 }, 'lookup', { device: null });
    await cached.compute({ beta: 1 }, 'copy', { device: null });
    expect(runs).toBe(3);
  });
  it('keys typed arrays by value and forgets failures', async () => {
    expect(traceKey('ntm', 'p', { k: new Float64Array([1, 2]) })).toBe(traceKey('ntm', 'p', { k: [1, 2] }));
    let runs = 0;
    const failing = { id: 'ntm', compute: async () => { runs++; throw new Error('no'); } } as unknown as Chapter;
    const cache: TraceCache = new Map();
    const cached = cachingChapter(failing, cache);
    await expect(cached.compute({}, 'p', { device: null })).rejects.toThrow('no');
    await expect(cached.compute({}, 'p', { device: null })).rejects.toThrow('no');
    expect(runs).toBe(2);
  });
});
