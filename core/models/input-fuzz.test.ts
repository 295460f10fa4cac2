/**
 * Property-based fuzzing of every parser that reads user data (the `compute` cases, the scenario files of
 * every module and the lesson files): wrong types, unknown fields, non-finite tokens, deep nesting and huge strings must give a
 * ValidationError with one short line naming the field, and nothing else (no other exception, no stack
 * overflow). Bounded: a fixed seed and a few hundred runs per property; `npm run fuzz` runs the same
 * properties many times longer from a fresh seed (core/testing/fuzz-runs.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseActCase } from './act/contract.ts';
import { parseActScenario } from './act/scenario.ts';
import { resolveAttentionScenario } from './attention/attention-scenario.ts';
import { parseAttentionCase } from './attention/contract.ts';
import { resolveFocusScenario } from './attention/focus-scenario.ts';
import { resolveNtmScenario } from './ntm/scenario.ts';
import { parseNtmStepInput } from './ntm/step-input.ts';
import { parseProgrammerCase } from './programmer/contract.ts';
import { parseProgrammerScenario } from './programmer/scenario.ts';
import { validateLesson } from '../lesson/validate-lesson.ts';
import { parseJsonText } from '../scenario/scenario-file.ts';
import { fieldPath } from '../scenario/unknown-fields.ts';
import { ValidationError } from '../scenario/validate.ts';
import { fuzzRuns } from '../testing/fuzz-runs.ts';
import { BIG_ARRAY, DEEP, HUGE, OPTIONAL_FIELDS, VALID_COMPUTE_CASES } from './input-fuzz-cases.ts';

type Parser = (value: unknown) => unknown;

/** Each entry point with one valid input. */
const ENTRY_POINTS: Record<string, [Parser, Readonly<Record<string, unknown>>]> = {
  'compute ntm': [parseNtmStepInput, VALID_COMPUTE_CASES.ntm],
  'compute attention': [parseAttentionCase, VALID_COMPUTE_CASES.attention],
  'compute act': [parseActCase, VALID_COMPUTE_CASES.act],
  'compute programmer': [parseProgrammerCase, VALID_COMPUTE_CASES.programmer],
  'ntm scenario': [
    resolveNtmScenario,
    {
      module: 'ntm',
      seed: 1,
      memory: [
        [1, 0],
        [0, 1],
      ],
      heads: [{ name: 'h' }],
      steps: [{ key: [1, 0], beta: 3 }],
    },
  ],
  'attention scenario': [
    resolveAttentionScenario,
    {
      module: 'attention',
      kind: 'interface',
      score: 'dot',
      inputTokens: ['a', 'b'],
      outputTokens: ['x'],
      keys: [
        [1, 0],
        [0, 1],
      ],
      queries: [[1, 1]],
    },
  ],
  'lesson file': [
    validateLesson,
    {
      kind: 'lesson',
      id: 'fuzz',
      title: { es: 'Prueba', en: 'Test' },
      slides: [
        { kind: 'title', title: 'Atenea' },
        { kind: 'simulation', title: 'NTM', module: 'ntm', preset: 'lookup', caption: 'w' },
      ],
    },
  ],
  'focus scenario': [resolveFocusScenario, { module: 'focus', kind: 'text', tokens: ['a', 'b'], values: [1, 2], attention: [0.5, 1] }],
  'act scenario': [parseActScenario, { module: 'act', epsilon: 0.01, maxSteps: 10, source: 'given', steps: [{ halting: [1], states: [[1, 2]] }] }],
  'programmer scenario': [
    parseProgrammerScenario,
    {
      module: 'programmer',
      question: 'q',
      pivot: 1,
      table: { columns: ['X'], rows: [[1], [2]] },
      program: { kind: 'hand', steps: [{ op: 'count', column: 'X' }] },
    },
  ],
};

/** Values that are wrong for nearly every field. */
const evil = fc.oneof(
  fc.constantFrom<unknown>(DEEP, HUGE, BIG_ARRAY, null, true, Number.NaN, Infinity, -Infinity, 1e308, -0, '', {}, [], [[]], [null], {
    '\n': 1,
  }),
  fc.string({ maxLength: 8 }),
  fc.double(),
  fc.array(fc.oneof(fc.double(), fc.string(), fc.constant(null)), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 3 }),
);

/** Runs a parser; returns its ValidationError's message, or undefined when it accepted. Fails on any other throw. */
function refusal(parse: Parser, value: unknown): string | undefined {
  try {
    parse(value);
    return undefined;
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return e.message;
  }
}

function expectOneShortLine(message: string): void {
  expect(message.split(/[\n\r\u2028\u2029]/)).toHaveLength(1);
  expect(message.length).toBeLessThan(2100);
  expect(message).toMatch(/^\S.*: .+; allowed: .+$/);
}

describe('every parser of user data refuses bad input in one line naming the field (property)', () => {
  for (const [name, [parse, valid]] of Object.entries(ENTRY_POINTS)) {
    it(`${name}: the valid input passes, an unknown field is named, a bad value is named`, () => {
      expect(refusal(parse, valid)).toBeUndefined();
      const known = Object.keys(valid);
      fc.assert(
        fc.property(fc.string({ minLength: 1, maxLength: 12 }), (key) => {
          fc.pre(!known.includes(key) && !OPTIONAL_FIELDS.includes(key));
          const message = refusal(parse, { ...valid, [key]: 1 });
          expect(message).toBeDefined();
          expectOneShortLine(message!);
          // An unknown key is refused as such; a known one absent from the valid input (U with score "dot") by its own rule.
          expect(message!.startsWith(`${fieldPath('', key)}: `)).toBe(true);
        }),
        fuzzRuns(60, 13),
      );
      fc.assert(
        fc.property(fc.constantFrom(...known), evil, (field, value) => {
          const message = refusal(parse, { ...valid, [field]: value });
          if (message === undefined) return;
          expectOneShortLine(message);
          // The field itself, or one checked against it (outputTokens of length 100,000: queries needs as many rows).
          expect(known.some((k) => message.startsWith(k))).toBe(true);
        }),
        fuzzRuns(150, 13),
      );
    });
  }
  it('a misspelt field is suggested: maxstep, Mode; eps only lists the fields', () => {
    expect(refusal(parseActCase, { ...ENTRY_POINTS['compute act']![1], maxstep: 1 })).toMatch(
      /^maxstep: unknown field; allowed: only .*; did you mean "maxSteps"\?$/,
    );
    expect(refusal(parseActCase, { ...ENTRY_POINTS['compute act']![1], eps: 0.5 })).toBe(
      'eps: unknown field; allowed: only halting, states, epsilon, maxSteps',
    );
    expect(refusal(parseProgrammerCase, { ...ENTRY_POINTS['compute programmer']![1], Mode: 'hard' })).toMatch(/^Mode: unknown field; .*did you mean "mode"\?$/);
  });
  it('a whole input 100,000 deep or a 1 MB string gives one short line', () => {
    for (const [parse] of Object.values(ENTRY_POINTS)) {
      for (const value of [DEEP, HUGE, BIG_ARRAY]) expectOneShortLine(refusal(parse, value)!);
    }
  });
  it('non-finite tokens and broken JSON give the line and column', () => {
    fc.assert(
      fc.property(fc.constantFrom('NaN', 'Infinity', '-Infinity', 'undefined', '1e', '"\n"', '01', "'a'"), fc.nat(3), (token, lines) => {
        const message = refusal((t) => parseJsonText(t as string, 'stdin'), `{${'\n'.repeat(lines)}"beta": ${token}}`);
        expectOneShortLine(message!);
        expect(message).toMatch(new RegExp(`^stdin: not valid JSON \\(line ${lines + 1}, column \\d+: `));
      }),
      fuzzRuns(40, 13),
    );
  });
});
