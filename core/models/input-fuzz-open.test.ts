/**
 * The app's file open (Abrir… or a dropped `.json`, core/lesson/open-file.ts) on generated bad files: a lesson or
 * a scenario file of every module with one field spoiled (wrong types, non-finite tokens, deep nesting, huge
 * strings and arrays, unknown fields) or no JSON at all must be refused with one short line naming the field (or
 * the file, for broken JSON), never another exception. The file menu (app/renderer/lesson/file-menu.ts) keeps the
 * file and leaves the page only after this check passes, so a refused file leaves the lesson on screen. Bounded
 * like input-fuzz.test.ts; `npm run fuzz` runs it longer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinLesson } from '../lesson/builtin.ts';
import { LESSON_SUFFIX, readAteneaFile } from '../lesson/open-file.ts';
import { fieldPath } from '../scenario/unknown-fields.ts';
import { ValidationError } from '../scenario/validate.ts';
import { fuzzRuns } from '../testing/fuzz-runs.ts';
import { OPTIONAL_FIELDS, evilJsonText, jsonWith, pathsOf, type JsonPath } from './input-fuzz-cases.ts';
import { MECHANISMS } from './registry.ts';

/** Each kind of file the app opens, valid: the built-in lesson and the first preset of every module. */
const FILES: [string, Record<string, unknown>][] = [
  ['lesson', builtinLesson('augmented-rnns') as unknown as Record<string, unknown>],
  ...MECHANISMS.map((m): [string, Record<string, unknown>] => [`${m.id} scenario`, { module: m.id, ...(m.presets[0]!.scenario as object) }]),
];

const NAMES = ['mine.json', `mine${LESSON_SUFFIX}`, 'línea\nnueva.json'];

describe("the app's file open refuses a generated bad file in one line naming the field (property)", () => {
  for (const [kind, valid] of FILES) {
    it(`${kind}: the valid file opens; a spoiled field or an unknown one is named`, () => {
      expect(readAteneaFile('mine.json', JSON.stringify(valid))).toBeDefined();
      const known = Object.keys(valid);
      const path: fc.Arbitrary<JsonPath> = fc.oneof(
        fc.constantFrom(...pathsOf(valid)),
        fc
          .string({ minLength: 1, maxLength: 12 })
          .filter((k) => !known.includes(k) && !OPTIONAL_FIELDS.includes(k))
          .map((k): JsonPath => [k]),
        fc.constant([]),
      );
      fc.assert(
        fc.property(fc.constantFrom(...NAMES), path, evilJsonText, (name, where, text) => {
          let message: string;
          try {
            readAteneaFile(name, jsonWith(valid, where, text));
            return; // the spoiled value happened to be allowed there
          } catch (e) {
            if (!(e instanceof ValidationError)) throw e;
            message = e.message;
          }
          expect(message.split(/[\n\r\u2028\u2029]/)).toHaveLength(1);
          expect(message.length).toBeLessThan(2100);
          expect(message).toMatch(/^\S.*: .+; allowed: .+$/);
          if (where.length === 0) return; // a whole file of junk: its own fields are named (format checked above)
          // A field of the file (the one spoiled or one checked against it), the kind of file, or the file itself.
          const heads = [...known, String(where[0]), 'kind', 'module'].map((k) => fieldPath('', k));
          const named = heads.some((k) => new RegExp(`^${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[[.:]`).test(message));
          expect(named || message.startsWith(`${JSON.stringify(name).slice(1, -1)}: `), message).toBe(true);
        }),
        fuzzRuns(120, 51),
      );
    });
  }
});
