/**
 * A file opened in the app (README "Giving a lecture": Abrir… or dropped) travels to the page that shows it:
 * its name and text are kept in the session's storage and the page is opened on `?lesson=<id>&opened=1` or
 * `?module=<m>&opened=1`, which reads it back and validates it again. The current page is left untouched until
 * the file has been validated, so a bad file never replaces what is on screen.
 */
import type { GpuBackend } from '#core/gpu/common/backend.ts';
import { readAteneaFile, type OpenedFile } from '#core/lesson/open-file.ts';
import { MECHANISMS } from '#core/models/registry.ts';
import type { Trace } from '#core/trace/trace.ts';
import { runMechanism } from '../chapters/run-mechanism.ts';
import type { AppStore } from '../state/store.ts';
import { chapterFor } from '../chapters/registry.ts';
import { openedParameters } from './opened-parameters.ts';

const KEY = 'atenea.opened';

/** The storage the hand-over uses (sessionStorage, or a fake in tests). */
export type HandoverStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Keeps a validated file for the next page. */
export function keepOpened(storage: HandoverStorage | null, name: string, text: string): void {
  storage?.setItem(KEY, JSON.stringify({ name, text }));
}

/** The file kept by {@link keepOpened}, validated again, or null (none, unreadable or no longer valid). */
export function takeOpened(storage: HandoverStorage | null): OpenedFile | null {
  const raw = storage?.getItem(KEY);
  if (!raw) return null;
  try {
    const kept = JSON.parse(raw) as unknown;
    if (typeof kept !== 'object' || kept === null) return null;
    const { name, text } = kept as { name?: unknown; text?: unknown };
    return typeof name === 'string' && typeof text === 'string' ? readAteneaFile(name, text) : null;
  } catch {
    return null;
  }
}

/** The query that shows `opened`, keeping the language, the GPU choice, the theme and the test hooks of `search`. */
export function openedSearch(search: string, opened: OpenedFile): string {
  const from = new URLSearchParams(search);
  const q = new URLSearchParams(opened.kind === 'lesson' ? { lesson: opened.lesson.id } : { module: opened.module });
  q.set('opened', '1');
  for (const k of ['lang', 'e2e', 'gpu', 'theme']) {
    const v = from.get(k);
    if (v !== null) q.set(k, v);
  }
  return `?${q.toString()}`;
}

/** Whether this page shows a file kept by {@link keepOpened} (`?opened=1`). */
export function showsOpened(search: string): boolean {
  return new URLSearchParams(search).get('opened') === '1';
}

/**
 * Computes an opened scenario file in its module (the chapter of that module already on screen) and shows its
 * trace with the file's values in the parameters panel; resolves to that trace, so the app can tell whether it is
 * still the one on screen.
 */
export async function showOpenedScenario(opened: Extract<OpenedFile, { kind: 'scenario' }>, store: AppStore, backend: GpuBackend): Promise<Trace> {
  const mechanism = MECHANISMS.find((m) => m.id === opened.module);
  if (!mechanism) throw new Error(`module: no mechanism ${opened.module}`);
  const outcome = await runMechanism(mechanism, mechanism.parseScenario(opened.scenario), { backend });
  const s = store.getState();
  s.setTrace(outcome.trace, openedParameters(opened.module, opened.scenario, chapterFor(opened.module), s.preset), s.preset);
  return outcome.trace;
}
