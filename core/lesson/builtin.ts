/**
 * The lessons that ship with Atenea, validated once when first asked for. `augmented-rnns` follows the seed
 * lecture (Olah & Carter 2016) section by section, in Spanish and English.
 */
import type { Lesson } from './lesson.ts';
import { validateLesson } from './validate-lesson.ts';
import augmentedRnns from './lessons/augmented-rnns.json' with { type: 'json' };

const SOURCES: Readonly<Record<string, unknown>> = { 'augmented-rnns': augmentedRnns };
const cache = new Map<string, Lesson>();

/** The ids of the built-in lessons. */
export const BUILTIN_LESSONS: readonly string[] = Object.keys(SOURCES);

/** A built-in lesson by id (validated), or undefined. */
export function builtinLesson(id: string): Lesson | undefined {
  const cached = cache.get(id);
  if (cached) return cached;
  const source = SOURCES[id];
  if (source === undefined) return undefined;
  const lesson = validateLesson(source);
  cache.set(id, lesson);
  return lesson;
}
