import { describe, expect, it } from 'vitest';
import { expectFloat32Values, inFloat32InputRange } from './float32-range.ts';
import { checkActInputFloat32, checkAttentionInputFloat32, checkNtmInputFloat32, checkProgrammerInputFloat32 } from './engine-input-checks.ts';
import { validationMessage } from '../../testing/validation-message.ts';
import type { NtmStepInput } from '../../models/ntm/types.ts';

const ntm = (edit: Partial<NtmStepInput>): NtmStepInput => ({
  memory: { rows: 2, columns: 2, data: Float64Array.of(1, 0, 0, 1) },
  key: Float64Array.of(1, 0),
  beta: 5,
  gate: 1,
  shift: Float64Array.of(0, 1, 0),
  gamma: 1,
  previousWeights: Float64Array.of(0.5, 0.5),
  erase: Float64Array.of(0, 0),
  add: Float64Array.of(0, 0),
  ...edit,
});

describe('the webgpu backend refuses numbers float32 cannot carry, naming the field', () => {
  it('the rule: 0, or 1e-18 ≤ |x| ≤ 1e18', () => {
    for (const x of [0, -0, 1, -1e18, 1e18, 1e-18, -3.5e-18]) expect(inFloat32InputRange(x), String(x)).toBe(true);
    for (const x of [1e39, 1e19, -2e18, 1e-30, -1e-19, Infinity, Number.NaN]) expect(inFloat32InputRange(x), String(x)).toBe(false);
    expect(inFloat32InputRange(1e-30, 'magnitude')).toBe(true);
    expect(inFloat32InputRange(1e39, 'magnitude')).toBe(false);
    expect(validationMessage(() => expectFloat32Values([1, 2, 3, 1e39], 'memory', 2))).toBe(
      'memory[1][1]: got 1e+39; allowed: for the webgpu backend (float32), 0 or a number with 1e-18 ≤ |x| ≤ 1e18; use --backend cpu for wider values',
    );
  });
  it('NTM: memory 1e39, keys 1e20 or 1e-30, β or γ 1e300', () => {
    expect(() => checkNtmInputFloat32(ntm({}))).not.toThrow();
    expect(validationMessage(() => checkNtmInputFloat32(ntm({ memory: { rows: 2, columns: 2, data: Float64Array.of(1, 1e39, 0, 1) } })))).toMatch(
      /^memory\[0\]\[1\]: got 1e\+39; allowed: .*\|x\| ≤ 1e18/,
    );
    expect(validationMessage(() => checkNtmInputFloat32(ntm({ key: Float64Array.of(1e20, 0) })))).toMatch(/^key\[0\]: got 1(0){20}/);
    expect(validationMessage(() => checkNtmInputFloat32(ntm({ key: Float64Array.of(1, 1e-30) })))).toMatch(/^key\[1\]: got 1e-30/);
    expect(validationMessage(() => checkNtmInputFloat32(ntm({ beta: 1e300 })))).toMatch(/^beta: got 1e\+300/);
    expect(validationMessage(() => checkNtmInputFloat32(ntm({ gamma: 1e300 })))).toMatch(/^gamma: got 1e\+300/);
    // A memory carried from an earlier step may hold values float32 flushes to 0.
    expect(() => checkNtmInputFloat32(ntm({ memory: { rows: 2, columns: 2, data: Float64Array.of(1, 1e-30, 0, 1) } }))).not.toThrow();
  });
  it('attention, programmer and ACT', () => {
    const m = (rows: number, columns: number, ...data: number[]) => ({ rows, columns, data: Float64Array.from(data) });
    const dot = { score: 'dot' as const, queries: m(1, 2, 1, 0), keys: m(2, 2, 1, 0, 0, 1), values: m(2, 1, 1, 2), mask: [true, true] };
    expect(() => checkAttentionInputFloat32(dot)).not.toThrow();
    expect(validationMessage(() => checkAttentionInputFloat32({ ...dot, queries: m(1, 2, 1e200, 0) }, 'query'))).toMatch(/^query\[0\]: got 1e\+200/);
    expect(validationMessage(() => checkAttentionInputFloat32({ ...dot, keys: m(2, 2, 1, 0, 0, 1e20) }))).toMatch(/^keys\[1\]\[1\]: got 1(0){20}/);
    const general = { ...dot, score: 'general' as const, W: m(2, 2, 1, 0, 0, 1e-30) };
    expect(validationMessage(() => checkAttentionInputFloat32(general))).toMatch(/^W\[1\]\[1\]: got 1e-30/);
    const table = { rows: 2, columns: 1, columnNames: ['X'], data: Float64Array.of(1, 1e39) };
    expect(validationMessage(() => checkProgrammerInputFloat32({ table, pivot: 0, steps: [] }))).toMatch(/^table\[1\]\[0\]: got 1e\+39/);
    expect(validationMessage(() => checkProgrammerInputFloat32({ table: { ...table, data: Float64Array.of(1, 2) }, pivot: 1e300, steps: [] }))).toMatch(
      /^pivot: got 1e\+300/,
    );
    expect(validationMessage(() => checkActInputFloat32({ states: [[1, 1e39]] }, 'steps[3]'))).toMatch(/^steps\[3\]\.states\[0\]\[1\]: got 1e\+39/);
  });
});
