/**
 * What a `.json` opened in the app (README "Giving a lecture": Abrir… or dropped on the window) is: a lesson
 * (`*.atenea-lesson.json`, or `"kind": "lesson"`) or a scenario file (a `module` field), each checked by its own
 * validator. A bad file is refused with a {@link ValidationError} naming the field and what is allowed.
 */
import { MECHANISMS } from '../models/registry.ts';
import { INPUT_TOO_LARGE, MAX_INPUT_BYTES } from '../scenario/input-limits.ts';
import { parseJsonText } from '../scenario/scenario-file.ts';
import { ValidationError } from '../scenario/validate.ts';
import type { ModuleId } from '../trace/trace.ts';
import type { Lesson } from './lesson.ts';
import { validateLesson } from './validate-lesson.ts';
import { describeValue } from '../scenario/describe-value.ts';

/** A file that opened: a validated lesson, or a validated scenario of one module (kept as the JSON it was). */
export type OpenedFile =
  { readonly kind: 'lesson'; readonly lesson: Lesson } | { readonly kind: 'scenario'; readonly module: ModuleId; readonly scenario: unknown };

/** The name a lesson file is recognised by without looking inside. */
export const LESSON_SUFFIX = '.atenea-lesson.json';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads `text` (the file `name`, `bytes` long) as a lesson or a scenario; throws a ValidationError otherwise. */
export function readAteneaFile(name: string, text: string, bytes: number = text.length): OpenedFile {
  if (bytes > MAX_INPUT_BYTES) throw new ValidationError(name, INPUT_TOO_LARGE.problem, INPUT_TOO_LARGE.allowed);
  const value = parseJsonText(text, name);
  const ids = MECHANISMS.map((m) => m.id);
  const allowed = `a lesson ("kind": "lesson") or a scenario ("module": one of ${ids.join(', ')})`;
  // The file itself is named when it holds no object, whatever its name says it is.
  if (!isRecord(value)) throw new ValidationError(name, 'not a JSON object', allowed);
  if (name.toLowerCase().endsWith(LESSON_SUFFIX) || value.kind === 'lesson') return { kind: 'lesson', lesson: validateLesson(value) };
  if (value.module === undefined) throw new ValidationError('kind', 'neither "kind": "lesson" nor a "module" field', allowed);
  const mechanism = MECHANISMS.find((m) => m.id === value.module);
  if (!mechanism) throw new ValidationError('module', `got ${describeValue(value.module)}`, `one of ${ids.join(', ')}`);
  mechanism.parseScenario(value); // throws naming the field
  return { kind: 'scenario', module: mechanism.id, scenario: value };
}

/** A file name for saving `lesson` (its id and the lesson suffix). */
export function lessonFileName(lesson: Pick<Lesson, 'id'>): string {
  return `${lesson.id}${LESSON_SUFFIX}`;
}

/** The JSON text a lesson or scenario is saved as (two-space indent, a final newline). */
export function jsonFileText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
