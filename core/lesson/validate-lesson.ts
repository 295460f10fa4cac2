/**
 * Validates a lesson read from JSON (core/lesson/lesson.ts): every refusal names the field's path (e.g.
 * `slides[3].preset`) and what is allowed, like the scenarios' (core/scenario/validate.ts); an unknown field is
 * refused too, with "did you mean …?" when a known one is one edit away.
 */
import type { ModuleId } from '../trace/trace.ts';
import { ValidationError, expectNumber, expectObject, expectOneOf, expectVector, join } from '../scenario/validate.ts';
import type { AgendaSlide, Bullet, Lesson, LessonCamera, LocalText, OverrideValue, Quote, SimulationSlide, Slide, TextSlide, TitleSlide } from './lesson.ts';
import { LECTURE_ORDER, LESSON_MODULES } from './modules.ts';
import { describeValue } from '../scenario/describe-value.ts';
import { rejectUnknownFields } from '../scenario/unknown-fields.ts';

const SLIDE_KINDS = ['title', 'agenda', 'text', 'simulation'] as const;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Refuses any key of `object` not in `allowed`, with "did you mean …?" one edit away (core/scenario/unknown-fields.ts). */
function expectFields(object: Record<string, unknown>, path: string, allowed: readonly string[]): void {
  rejectUnknownFields(object, path, allowed, `the fields ${allowed.join(', ')}`);
}

/** A non-empty string. */
function expectString(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ValidationError(path, value === undefined ? 'missing' : `got ${describeValue(value)}`, 'a non-empty string');
  }
  return value;
}

/** A string, or `{ "es": …, "en": … }` with both. */
export function expectText(value: unknown, path: string): LocalText {
  if (typeof value === 'string') return expectString(value, path);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError(
      path,
      value === undefined ? 'missing' : `got ${Array.isArray(value) ? 'an array' : typeof value}`,
      'a string or { "es": string, "en": string }',
    );
  }
  const o = value as Record<string, unknown>;
  expectFields(o, path, ['es', 'en']);
  return { es: expectString(o.es, join(path, 'es')), en: expectString(o.en, join(path, 'en')) };
}

function optional<T>(o: Record<string, unknown>, key: string, path: string, check: (v: unknown, p: string) => T): { [k: string]: T } {
  return o[key] === undefined ? {} : { [key]: check(o[key], join(path, key)) };
}

function expectList<T>(value: unknown, path: string, item: (v: unknown, p: string) => T, what: string): T[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new ValidationError(path, value === undefined ? 'missing' : Array.isArray(value) ? 'empty' : `got a ${typeof value}`, `a non-empty array of ${what}`);
  }
  return value.map((v, i) => item(v, join(path, i)));
}

function expectBullet(value: unknown, path: string): Bullet {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'text' in value) {
    const o = value as Record<string, unknown>;
    expectFields(o, path, ['text', 'sub']);
    return { text: expectText(o.text, join(path, 'text')), sub: expectList(o.sub, join(path, 'sub'), expectText, 'texts') };
  }
  return expectText(value, path);
}

function expectQuote(value: unknown, path: string): Quote {
  const o = expectObject(value, path);
  expectFields(o, path, ['text', 'attribution', 'source']);
  return {
    text: expectText(o.text, join(path, 'text')),
    ...optional(o, 'attribution', path, expectText),
    ...optional(o, 'source', path, expectString),
  } as Quote;
}

function expectImage(value: unknown, path: string): string {
  const image = expectString(value, path);
  if (/^[a-z]+:|^\/|\.\./i.test(image))
    throw new ValidationError(path, `got ${describeValue(image)}`, "a relative path inside the lesson's folder or the app's images (no URL, no ..)");
  return image;
}

function expectCamera(value: unknown, path: string): LessonCamera {
  const o = expectObject(value, path);
  expectFields(o, path, ['position', 'target']);
  const point = (v: unknown, p: string) => expectVector(v, p, { length: 3 }) as unknown as readonly [number, number, number];
  return { position: point(o.position, join(path, 'position')), target: point(o.target, join(path, 'target')) };
}

function expectOverrides(value: unknown, path: string): Record<string, OverrideValue> {
  const o = expectObject(value, path);
  const out: Record<string, OverrideValue> = {};
  for (const [name, v] of Object.entries(o)) {
    const p = join(path, name);
    if (typeof v === 'string') out[name] = v;
    else if (Array.isArray(v)) out[name] = expectVector(v, p);
    else if (typeof v === 'number') out[name] = expectNumber(v, p);
    else throw new ValidationError(p, `got ${v === null ? 'null' : typeof v}`, 'a number, a string or an array of numbers');
  }
  return out;
}

const COMMON = ['kind', 'title', 'notes'];

function expectSlide(value: unknown, path: string): Slide {
  const o = expectObject(value, path);
  const kind = expectOneOf(o.kind, join(path, 'kind'), SLIDE_KINDS);
  const base = { kind, title: expectText(o.title, join(path, 'title')), ...optional(o, 'notes', path, expectText) };
  switch (kind) {
    case 'title':
      expectFields(o, path, [...COMMON, 'subtitle', 'author']);
      return { ...base, ...optional(o, 'subtitle', path, expectText), ...optional(o, 'author', path, expectText) } as TitleSlide;
    case 'agenda': {
      expectFields(o, path, [...COMMON, 'items', 'current']);
      const items = expectList(o.items, join(path, 'items'), expectText, 'texts');
      const current =
        o.current === undefined ? {} : { current: expectNumber(o.current, join(path, 'current'), { integer: true, min: 0, max: items.length - 1 }) };
      return { ...base, items, ...current } as AgendaSlide;
    }
    case 'text': {
      expectFields(o, path, [...COMMON, 'bullets', 'quote', 'equations', 'image', 'references']);
      return {
        ...base,
        ...optional(o, 'bullets', path, (v, p) => expectList(v, p, expectBullet, 'texts or { text, sub }')),
        ...optional(o, 'quote', path, expectQuote),
        ...optional(o, 'equations', path, (v, p) => expectList(v, p, expectText, 'KaTeX sources (strings or { es, en })')),
        ...optional(o, 'image', path, expectImage),
        ...optional(o, 'references', path, (v, p) => expectList(v, p, expectText, 'texts')),
      } as TextSlide;
    }
    case 'simulation':
      expectFields(o, path, [...COMMON, 'module', 'preset', 'frames', 'overrides', 'camera', 'caption']);
      return expectSimulation(o, path, base);
  }
}

function expectSimulation(o: Record<string, unknown>, path: string, base: object): SimulationSlide {
  const module = expectOneOf(o.module, join(path, 'module'), LECTURE_ORDER) as ModuleId;
  const preset = expectOneOf(o.preset, join(path, 'preset'), LESSON_MODULES[module]);
  let frames = {};
  if (o.frames !== undefined) {
    const f = expectObject(o.frames, join(path, 'frames'));
    expectFields(f, join(path, 'frames'), ['from', 'to']);
    const from = expectNumber(f.from, join(path, 'frames.from'), { integer: true, min: 0 });
    const to = f.to === undefined ? {} : { to: expectNumber(f.to, join(path, 'frames.to'), { integer: true, min: from }) };
    frames = { frames: { from, ...to } };
  }
  return {
    ...base,
    module,
    preset,
    ...frames,
    ...optional(o, 'overrides', path, expectOverrides),
    ...optional(o, 'camera', path, expectCamera),
    ...optional(o, 'caption', path, expectText),
  } as SimulationSlide;
}

/** Checks a parsed JSON value as a lesson; throws a {@link ValidationError} naming the first bad field. */
export function validateLesson(value: unknown): Lesson {
  const o = expectObject(value, '');
  expectFields(o, '', ['kind', 'id', 'title', 'slides']);
  expectOneOf(o.kind, 'kind', ['lesson'] as const);
  const id = expectString(o.id, 'id');
  if (!ID_PATTERN.test(id)) throw new ValidationError('id', `got ${describeValue(id)}`, 'lower-case letters, digits and dashes (at most 64)');
  return { kind: 'lesson', id, title: expectText(o.title, 'title'), slides: expectList(o.slides, 'slides', expectSlide, 'slides') };
}
