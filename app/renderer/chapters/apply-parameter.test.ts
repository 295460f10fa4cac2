import { describe, expect, it } from 'vitest';
import { ValidationError } from '#core/scenario/validate.ts';
import { applierOf, applyParameter } from './apply-parameter.ts';
import { numberRule, type ParamTable } from './param-table.ts';

/** A two-parameter table: `a` for every preset, `b` for the preset `wide` only; settling doubles `a` into `twice`. */
const table: ParamTable = {
  rows: [
    { name: 'a', kind: 'number', label: () => 'A', rule: numberRule({ min: 0, max: 10 }) },
    {
      name: 'b',
      kind: 'vector',
      label: () => 'B',
      appliesTo: { presets: (p) => p === 'wide', refusal: (m) => ({ problem: `${m.params.title}: wide only`, allowed: 'wide' }) },
    },
  ],
  settle(name, next, context) {
    if (name === 'a' && next.a === 7) throw new ValidationError('scenario.a', 'seven is refused by the scenario', 'not 7');
    if (name === 'a' && next.a === 9) throw new Error('boom');
    return { ...next, twice: (next.a as number) * 2, preset: context.preset };
  },
};

describe('applyParameter', () => {
  it('refuses a name that is not in the table, in the UI language, listing the names', () => {
    expect(applyParameter(table, 'wide', 'c', 1, {})).toEqual({ problem: { path: 'c', problem: 'not a parameter', allowed: 'a, b' } });
    expect(applyParameter(table, 'wide', 'c', 1, {}, 'es')).toEqual({
      problem: { path: 'c', problem: 'no es un parámetro', allowed: 'a, b' },
    });
  });
  it("refuses a parameter for a preset it does not apply to with the table's words, in the UI language", () => {
    expect(applyParameter(table, 'narrow', 'b', [1], {})).toEqual({
      problem: { path: 'b', problem: 'Parameters: wide only', allowed: 'wide' },
    });
    expect(applyParameter(table, 'narrow', 'b', [1], {}, 'es')).toEqual({
      problem: { path: 'b', problem: 'Parámetros: wide only', allowed: 'wide' },
    });
  });
  it("checks the row's rule (core/scenario/validate.ts's words) before the scenario", () => {
    expect(applyParameter(table, 'wide', 'a', 11, { a: 1 })).toEqual({
      problem: { path: 'a', problem: 'got 11', allowed: 'a finite number in [0, 10]' },
    });
  });
  it("keeps the scenario's own path, and places any other failure at the edited field", () => {
    expect(applyParameter(table, 'wide', 'a', 7, { a: 1 })).toEqual({
      problem: { path: 'scenario.a', problem: 'seven is refused by the scenario', allowed: 'not 7' },
    });
    expect(applyParameter(table, 'wide', 'a', 9, { a: 1 })).toEqual({ problem: { path: 'a', problem: 'boom', allowed: '' } });
  });
  it('returns what settling makes of the edit, with a copy of an edited vector', () => {
    expect(applyParameter(table, 'wide', 'a', 3, { a: 1, b: [1] })).toEqual({ parameters: { a: 3, b: [1], twice: 6, preset: 'wide' } });
    const b = [1, 2];
    const r = applyParameter(table, 'wide', 'b', b, { a: 1 });
    expect(r).toMatchObject({ parameters: { b: [1, 2] } });
    expect('parameters' in r && r.parameters.b).not.toBe(b);
  });
  it('applierOf binds a table and defaults to English', () => {
    const apply = applierOf(table);
    expect(apply('wide', 'c', 1, {})).toEqual(applyParameter(table, 'wide', 'c', 1, {}, 'en'));
    expect(apply('wide', 'c', 1, {}, 'es')).toEqual(applyParameter(table, 'wide', 'c', 1, {}, 'es'));
  });
});
