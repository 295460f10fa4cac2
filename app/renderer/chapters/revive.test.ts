/**
 * Where a JSON trace enters the app (app/renderer/chapters/revive.ts): a trace of no known module is refused
 * naming `trace.module` in one short line, whatever the value (deep nesting, a huge string).
 */
import { describe, expect, it } from 'vitest';
import { reviveJsonTrace } from './revive.ts';

describe('reviveJsonTrace', () => {
  it('refuses an unknown module in one short line without echoing the value', () => {
    let deep: unknown = 'ntm';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => reviveJsonTrace({ module: deep, steps: 0, frames: [] })).toThrow(/^trace\.module: an array of length 1; allowed: "ntm", .*"attention"$/);
    let message = '';
    try {
      reviveJsonTrace({ module: `x\n${'y'.repeat(1 << 20)}`, steps: 0, frames: [] });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^trace\.module: "x\\nyyy[y]*…"; allowed: /);
    expect(message.length).toBeLessThan(200);
  });
});
