/**
 * Helpers for scenario files (JSON) shared by every module: parsing the text with a clear message, strings,
 * text in both lecture languages, and the `module` field that says which model a file drives.
 */
import { describeBriefly, previewString } from './describe-value.ts';
import { findDuplicateField, findJsonSyntaxError } from './json-position.ts';
import { rejectUnknownFields } from './unknown-fields.ts';
import { ValidationError, expectObject, join } from './validate.ts';
import type { ModuleId } from '../trace/trace.ts';

/** A text in the lecture's two languages. */
export interface LocalizedText {
  readonly en: string;
  readonly es: string;
}

/** Every module id, in lecture order (the values of `ModuleId`). */
export const MODULE_IDS: readonly ModuleId[] = ['focus', 'ntm', 'attention', 'act', 'programmer'];

/**
 * Parses JSON text. Throws a {@link ValidationError} at `path` (e.g. the file name) saying where the text
 * stops being JSON (`not valid JSON (line 3, column 7: expected ',' or '}', got "x")`), that it is empty, or
 * that an object names a field twice (JSON.parse would keep the last without a word). The text is never quoted back.
 */
export function parseJsonText(withMark: string, path: string): unknown {
  // A byte order mark (Notepad writes one) is not part of the JSON text; RFC 8259 §8.1 lets a parser ignore it.
  const text = withMark.charCodeAt(0) === 0xfeff ? withMark.slice(1) : withMark;
  if (text.trim() === '') throw new ValidationError(path, 'empty', 'JSON text');
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    const at = findJsonSyntaxError(text);
    throw new ValidationError(
      path,
      `not valid JSON (${at ? `line ${at.line}, column ${at.column}: ${at.problem}` : 'too large or too deep to read'})`,
      'JSON text',
    );
  }
  const twice = findDuplicateField(text);
  if (twice) throw new ValidationError(path, `${twice.problem} (line ${twice.line}, column ${twice.column})`, 'each field once in an object');
  return value;
}

/** Checks a non-empty string. */
export function expectString(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ValidationError(path, value === undefined ? 'missing' : `got ${describeBriefly(value)}`, 'a non-empty string');
  }
  return value;
}

/** Checks a text given as one string (used for both languages) or as `{ "en": "...", "es": "..." }`. */
export function expectLocalizedText(value: unknown, path: string): LocalizedText {
  if (typeof value === 'string') {
    const text = expectString(value, path);
    return { en: text, es: text };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError(path, value === undefined ? 'missing' : 'not a text', 'a string, or { "en": string, "es": string }');
  }
  const obj = expectObject(value, path);
  rejectUnknownFields(obj, path, ['en', 'es']);
  return { en: expectString(obj.en, join(path, 'en')), es: expectString(obj.es, join(path, 'es')) };
}

/** Reads the `module` field of a scenario file: one of {@link MODULE_IDS}. */
export function scenarioModule(value: unknown, path = ''): ModuleId {
  const obj = expectObject(value, path);
  const module = obj.module;
  if (typeof module !== 'string' || !MODULE_IDS.includes(module as ModuleId)) {
    throw new ValidationError(
      join(path, 'module'),
      module === undefined ? 'missing' : `got ${describeBriefly(module)}`,
      `one of ${MODULE_IDS.map(previewString).join(', ')}`,
    );
  }
  return module as ModuleId;
}
