import { describe, expect, it } from 'vitest';
import { parseActScenario } from './scenario.ts';
import { validationMessage } from '../../testing/validation-message.ts';

const given = (step: unknown, extra: Record<string, unknown> = {}): unknown => ({
  module: 'act',
  source: 'given',
  steps: [step],
  ...extra,
});

const messageOf = (value: unknown): string => validationMessage(() => parseActScenario(value));

describe('parseActScenario', () => {
  it('fills ε = 0.01 and maxSteps = 100 by default', () => {
    const s = parseActScenario(given({ halting: [0.5, 0.5], states: [[1], [2]] }));
    expect(s).toMatchObject({ epsilon: 0.01, maxSteps: 100, source: 'given' });
  });

  it('accepts extra halting values and states past the halt', () => {
    expect(() => parseActScenario(given({ halting: [1, 0.3, 0.2], states: [[1], [2], [3]] }))).not.toThrow();
  });

  it('names the field and what is allowed for each bad input', () => {
    expect(messageOf(given({ halting: [0.5, 0.5], states: [[1], [2]] }, { epsilon: 1 }))).toMatch(/^epsilon: got 1; allowed: a finite number in \[0, 1\)/);
    expect(messageOf(given({ halting: [0.5, 0.5], states: [[1], [2]] }, { epsilon: -0.1 }))).toMatch(/^epsilon: /);
    expect(messageOf(given({ halting: [0.5, 0.5], states: [[1], [2]] }, { maxSteps: 0 }))).toMatch(/^maxSteps: got 0; allowed: an integer ≥ 1/);
    expect(messageOf(given({ halting: [0.5, 0.5], states: [[1], [2]] }, { maxSteps: 2.5 }))).toMatch(/^maxSteps: got 2.5/);
    expect(messageOf(given({ halting: [0.5, 1.5], states: [[1], [2]] }))).toMatch(/^steps\[0\]\.halting\[1\]: got 1.5; allowed: a finite number in \[0, 1\]/);
    expect(messageOf(given({ halting: [0.2, -0.1], states: [[1], [2]] }))).toMatch(/^steps\[0\]\.halting\[1\]: got -0.1/);
    expect(messageOf(given({ halting: [0.2, 0.3], states: [[1], [2]] }))).toMatch(
      /^steps\[0\]\.halting: 2 values sum to 0.5, short of 1 − ε = 0.99, and maxSteps = 100 is not reached; allowed: /,
    );
    expect(messageOf(given({ halting: [0.2, 0.3, 0.6], states: [[1], [2]] }))).toMatch(
      /^steps\[0\]\.states: got 2 rows, but the step halts at N = 3; allowed: at least 3 rows/,
    );
    expect(messageOf(given({ halting: [1], states: [[1]], outputs: [] }))).toMatch(/^steps\[0\]\.outputs: got 0 rows/);
    expect(messageOf(given({ halting: [1], states: [[]] }))).toMatch(/^steps\[0\]\.states\[0\]: got length 0/);
    expect(messageOf({ module: 'act', source: 'given', steps: [] })).toMatch(/^steps: got an empty array/);
    expect(messageOf({ module: 'act', source: 'magic' })).toMatch(/^source: got the string "magic"; allowed: one of "given", "cell"/);
    expect(messageOf({ module: 'ntm', source: 'given' })).toMatch(/^module: /);
    expect(
      messageOf({
        module: 'act',
        source: 'given',
        steps: [
          { halting: [1], states: [[1, 2]] },
          { halting: [1], states: [[1]] },
        ],
      }),
    ).toMatch(/^steps\[1\]\.states\[0\]: got length 1; allowed: an array of 2 numbers/);
  });

  it('validates cell scenarios', () => {
    const parity = { module: 'act', source: 'cell', cell: { kind: 'parity', bits: 3 }, inputs: [[1, 0, -1]] };
    expect(parseActScenario(parity)).toMatchObject({ cell: { kind: 'parity', bits: 3 }, maxSteps: 100 });
    expect(messageOf({ ...parity, inputs: [[1, 0.5, -1]] })).toMatch(/^inputs\[0\]\[1\]: got 0.5; allowed: an integer in \[-1, 1\]/);
    expect(messageOf({ ...parity, inputs: [[1, 0]] })).toMatch(/^inputs\[0\]: got length 2/);
    expect(messageOf({ ...parity, cell: { kind: 'parity', bits: 0 } })).toMatch(/^cell\.bits: got 0/);
    expect(messageOf({ ...parity, maxSteps: 20_000 })).toMatch(/^maxSteps: got 20000; allowed: an integer in \[1, 10000\]/);
    expect(messageOf({ ...parity, initialState: [0] })).toMatch(/^initialState: got length 1; allowed: an array of length 7/);
    const seeded = { module: 'act', source: 'cell', cell: { kind: 'seeded', seed: 1, stateSize: 3 }, inputs: [[1, 2]] };
    expect(parseActScenario(seeded)).toMatchObject({ cell: { kind: 'seeded', seed: 1, stateSize: 3, outputSize: 0, haltingBias: 1 } });
    expect(messageOf({ ...seeded, cell: { kind: 'seeded', seed: -1, stateSize: 3 } })).toMatch(/^cell\.seed: got -1/);
    expect(messageOf({ ...seeded, cell: { kind: 'other' } })).toMatch(/^cell\.kind: /);
    expect(messageOf({ ...seeded, inputs: [] })).toMatch(/^inputs: got 0 rows/);
  });
});

describe('parseActScenario names', () => {
  it('keeps a name given as one string or in both languages', () => {
    const base = { module: 'act', source: 'given', steps: [{ halting: [1], states: [[1]] }] };
    expect(parseActScenario({ ...base, name: 'Mine' }).name).toEqual({ en: 'Mine', es: 'Mine' });
    expect(parseActScenario({ ...base, name: { en: 'A', es: 'B' } }).name).toEqual({ en: 'A', es: 'B' });
    expect(() => parseActScenario({ ...base, name: { en: 'A' } })).toThrow(/^name\.es: missing/);
  });
});
