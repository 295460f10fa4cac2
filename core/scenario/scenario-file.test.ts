import { describe, expect, it } from 'vitest';
import { expectLocalizedText, expectString, parseJsonText, scenarioModule } from './scenario-file.ts';
import { validationMessage } from '../testing/validation-message.ts';

const messageOf = validationMessage;

describe('scenario file helpers', () => {
  it('parses JSON or says why not', () => {
    expect(parseJsonText('{"a": [1, 2]}', 'x.json')).toEqual({ a: [1, 2] });
    expect(messageOf(() => parseJsonText('  ', 'x.json'))).toBe('x.json: empty; allowed: JSON text');
    expect(parseJsonText('\ufeff{"a": 1}', 'x.json')).toEqual({ a: 1 });
    expect(messageOf(() => parseJsonText('\ufeff', 'x.json'))).toBe('x.json: empty; allowed: JSON text');
    expect(messageOf(() => parseJsonText('{"a": 1}\u200b', 'x.json'))).toBe(
      'x.json: not valid JSON (line 1, column 9: unexpected "\\u200B" after the JSON value); allowed: JSON text',
    );
    expect(messageOf(() => parseJsonText('{"a": ', 'x.json'))).toMatch(/^x\.json: not valid JSON \(.+\); allowed: JSON text$/);
  });
  it('strings and texts in two languages', () => {
    expect(expectString('hola', 'name')).toBe('hola');
    expect(messageOf(() => expectString(3, 'name'))).toBe('name: got 3; allowed: a non-empty string');
    expect(expectLocalizedText('Copy', 'name')).toEqual({ en: 'Copy', es: 'Copy' });
    expect(expectLocalizedText({ en: 'Copy', es: 'Copia' }, 'name')).toEqual({ en: 'Copy', es: 'Copia' });
    expect(messageOf(() => expectLocalizedText({ en: 'Copy' }, 'name'))).toBe('name.es: missing; allowed: a non-empty string');
  });
  it('the module field', () => {
    expect(scenarioModule({ module: 'ntm' })).toBe('ntm');
    expect(messageOf(() => scenarioModule({ module: 'lstm' }))).toBe('module: got "lstm"; allowed: one of "focus", "ntm", "attention", "act", "programmer"');
    expect(messageOf(() => scenarioModule([]))).toContain('allowed: a JSON object');
  });
});
