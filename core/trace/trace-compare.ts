/**
 * Comparing two traces value by value (the GPU's float32 against the float64 reference, or two hosts' runs):
 * the first difference as one line, or null when they agree within a tolerance.
 */
import type { Trace } from './trace.ts';

function isNumberArray(value: unknown): value is ArrayLike<number> {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

function differs(a: unknown, b: unknown, tolerance: number, path: string): string | null {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Object.is(a, b) || (Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= tolerance * (1 + Math.abs(b)))) return null;
    return `${path}: ${a} against ${b}`;
  }
  const seq = (v: unknown): readonly unknown[] | null => (Array.isArray(v) ? v : isNumberArray(v) ? Array.from(v) : null);
  const sa = seq(a);
  const sb = seq(b);
  if (sa && sb) {
    if (sa.length !== sb.length) return `${path}: length ${sa.length} against ${sb.length}`;
    for (let i = 0; i < sa.length; i++) {
      const d = differs(sa[i], sb[i], tolerance, `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    if (ka.join() !== kb.join()) return `${path}: fields ${ka.join(',')} against ${kb.join(',')}`;
    for (const k of ka) {
      const d = differs((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], tolerance, `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : `${path}: ${JSON.stringify(a)} against ${JSON.stringify(b)}`;
}

/**
 * The first place two traces differ by more than `tolerance` (relative, |a − b| ≤ tol·(1 + |b|)), as
 * `frames[3].data.result.weights[2]: 0.5 against 0.49`, or null when they agree (0: exactly equal).
 */
export function traceDifference(a: Trace, b: Trace, tolerance = 0): string | null {
  if (a.module !== b.module) return `module: ${a.module} against ${b.module}`;
  if (a.steps !== b.steps) return `steps: ${a.steps} against ${b.steps}`;
  return differs(a.frames, b.frames, tolerance, 'frames');
}
