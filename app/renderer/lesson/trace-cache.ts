/**
 * Traces computed once per (module, preset, parameters): a lesson going back and forth between slides shows
 * the trace it already has instead of computing it again. The parameters are the preset's with the slide's
 * overrides applied, so the key is (module, preset, overrides).
 */
import type { Chapter } from '../chapters/chapter.ts';
import type { ParamValue } from '../state/scenario-slice.ts';

/** The cache's entries: a pending or finished computation per key. */
export type TraceCache = Map<string, ReturnType<Chapter['compute']>>;

/** The cache key of one computation (typed arrays written out as plain arrays). */
export function traceKey(module: string, preset: string, parameters: Readonly<Record<string, ParamValue | ArrayLike<number>>>): string {
  const plain = JSON.stringify(parameters, (_k, v: unknown) =>
    ArrayBuffer.isView(v) && !(v instanceof DataView) ? Array.from(v as unknown as ArrayLike<number>) : v,
  );
  return `${module}|${preset}|${plain}`;
}

/** `chapter` with a `compute` that answers from `cache` when it can (a failed computation is not kept). */
export function cachingChapter(chapter: Chapter, cache: TraceCache): Chapter {
  return {
    ...chapter,
    compute(parameters, preset, context) {
      const key = traceKey(chapter.id, preset, parameters);
      const hit = cache.get(key);
      if (hit) return hit;
      const run = chapter.compute(parameters, preset, context);
      cache.set(key, run);
      run.catch(() => cache.delete(key));
      return run;
    },
  };
}
