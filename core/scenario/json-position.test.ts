import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateField, findJsonSyntaxError } from './json-position.ts';
import { parseJsonText } from './scenario-file.ts';
import { validationMessage } from '../testing/validation-message.ts';

describe('a field given twice in one object', () => {
  it('is found after unescaping, at any depth, and refused by parseJsonText with its line and column', () => {
    expect(findDuplicateField('{"a": 1, "b": {"a": 2}, "c": [{"a": 1}, {"a": 2}], "s": "a,a"}')).toBeUndefined();
    expect(findDuplicateField('{"beta": 2,\n "beta": 50}')).toEqual({ line: 2, column: 2, problem: 'field "beta" given twice' });
    expect(findDuplicateField('[{"x": [1, {"k": 1, "\\u006b": 2}]}]')?.problem).toBe('field "k" given twice');
    expect(findDuplicateField(`${'['.repeat(100_000)}{"a":1,"a":2}${']'.repeat(100_000)}`)?.column).toBe(100_008);
    expect(validationMessage(() => parseJsonText('{"beta": 2, "gate": 1, "beta": 50}', 'stdin'))).toBe(
      'stdin: field "beta" given twice (line 1, column 24); allowed: each field once in an object',
    );
  });
});

describe('where a text stops being JSON', () => {
  it('gives the line and the column of the first error', () => {
    expect(findJsonSyntaxError('{"a": [1, 2]}')).toBeUndefined();
    expect(findJsonSyntaxError('{"a":\n x}')).toEqual({ line: 2, column: 2, problem: 'unexpected "x"' });
    expect(findJsonSyntaxError('{"a": 1,}')).toEqual({ line: 1, column: 9, problem: 'expected a field name in double quotes, got "}"' });
    expect(findJsonSyntaxError('[1 2]')).toEqual({ line: 1, column: 4, problem: "expected ',' or ']', got \"2\"" });
    expect(findJsonSyntaxError('{"memory": [[1]')).toEqual({ line: 1, column: 16, problem: 'unexpected end of text' });
    expect(findJsonSyntaxError('[NaN]')?.problem).toBe('unexpected "N"');
    expect(findJsonSyntaxError('[-Infinity]')?.column).toBe(2);
    expect(findJsonSyntaxError('{} x')).toEqual({ line: 1, column: 4, problem: 'unexpected "x" after the JSON value' });
    expect(findJsonSyntaxError('"a\nb"')?.problem).toMatch(/^a control character inside a string/);
    expect(findJsonSyntaxError('"\\q"')?.problem).toBe('an unknown escape \\q');
    expect(findJsonSyntaxError('"\\u12"')?.problem).toBe('a \\u escape without 4 hex digits');
    expect(findJsonSyntaxError('{"a" 1}')?.problem).toBe('expected \':\', got "1"');
  });
  it('reports on one line and never quotes the input back', () => {
    const message = validationMessage(() => parseJsonText(`{\n  "secret": "${'s'.repeat(1000)}",\n  oops\n}`, 'x.json'));
    expect(message).toBe('x.json: not valid JSON (line 3, column 3: expected a field name in double quotes, got "o"); allowed: JSON text');
  });
  it('any depth, no recursion', () => {
    expect(findJsonSyntaxError(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeUndefined();
    expect(findJsonSyntaxError(`${'['.repeat(100_000)}${']'.repeat(99_999)}`)).toEqual({
      line: 1,
      column: 200_000,
      problem: 'unexpected end of text',
    });
  });
  it('agrees with JSON.parse on valid and mangled texts (property)', () => {
    const mangled = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\n', '\\', 'NaN', '1e', '-')).map(([t, i, s]) => {
      const at = i % (t.length + 1);
      return t.slice(0, at) + s + t.slice(at);
    });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mangled), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const error = findJsonSyntaxError(text);
        expect(error === undefined).toBe(parses);
      }),
      { seed: 13, numRuns: 400 },
    );
  });
});
