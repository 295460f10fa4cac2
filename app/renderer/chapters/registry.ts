/**
 * The chapter registry: one line per module. A new module is a folder `chapters/<module>/` whose index exports
 * a {@link Chapter}, plus one entry here.
 */
import type { ModuleId } from '#core/trace/trace.ts';
import type { Chapter } from './chapter.ts';
import { actChapter } from './act/index.ts';
import { ntmChapter } from './ntm/index.ts';
import { programmerChapter } from './programmer/index.ts';
import { focusChapter } from './focus/index.ts';
import { attentionChapter } from './attention/index.ts';

/** The chapters the app can show, by module id. */
export const CHAPTERS: Partial<Record<ModuleId, Chapter>> = {
  ntm: ntmChapter,
  act: actChapter,
  programmer: programmerChapter,
  focus: focusChapter,
  attention: attentionChapter,
};

/** The chapter of a module; throws for a module without one. */
export function chapterFor(module: ModuleId): Chapter {
  const chapter = CHAPTERS[module];
  if (!chapter) throw new Error(`no chapter for module ${module}; known: ${Object.keys(CHAPTERS).join(', ')}`);
  return chapter;
}
