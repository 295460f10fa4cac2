import { describe, expect, it } from 'vitest';
import { ReadTarget, topFirstRows } from './read-back.ts';

describe('read-back', () => {
  const raw = Uint8Array.from({ length: 2 * 3 * 4 }, (_, i) => i); // 2 wide, 3 rows
  it('flips bottom-first rows to top-first', () => {
    const rows = topFirstRows(raw, 2, 3, true);
    expect(Array.from(rows.subarray(0, 8))).toEqual(Array.from(raw.subarray(16, 24)));
    expect(Array.from(rows.subarray(16, 24))).toEqual(Array.from(raw.subarray(0, 8)));
  });
  it('returns a tightly packed array as is and copies a view into a larger buffer', () => {
    expect(topFirstRows(raw, 2, 3, false)).toEqual(raw);
    expect(topFirstRows(raw, 2, 3, false).buffer).toBe(raw.buffer);
    const big = new Uint8Array(64);
    const view = new Uint8Array(big.buffer, 8, 24);
    const out = topFirstRows(view, 2, 3, false);
    expect(out.buffer).not.toBe(big.buffer);
    expect(out.length).toBe(24);
  });
  it('keeps one render target per size', () => {
    const targets = new ReadTarget();
    const a = targets.of(4, 2);
    expect(targets.of(4, 2)).toBe(a);
    const b = targets.of(8, 2);
    expect(b).not.toBe(a);
    expect([b.width, b.height]).toEqual([8, 2]);
    targets.dispose();
  });
});
