/**
 * The start screen: give the built-in lecture, continue where it was left (the remembered position), or explore
 * one of the five modules freely, listed in the lecture's order. Each choice opens a new query (`?lesson=` or
 * `?module=`), like the module menu does.
 */
import type { ModuleId } from '#core/trace/trace.ts';
import { format, messages, type Messages } from '../../shared/i18n/i18n.ts';
import type { AppStore } from '../state/store.ts';
import { h } from '../ui/dom.ts';
import type { SavedPosition } from './position-memory.ts';

/** What the start screen offers. */
export interface StartChoices {
  readonly lesson: { readonly id: string; readonly slides: number };
  readonly saved: SavedPosition | null;
  readonly modules: readonly { readonly id: ModuleId; title(m: Messages): string }[];
}

/** The lesson `?lesson=` names, if any. */
export function lessonFromSearch(search: string): string | null {
  return new URLSearchParams(search).get('lesson');
}

/** Whether the app opens on the start screen: asked for with `?start=1`, or a plain launch (no module, no lesson, no test hooks). */
export function startScreenWanted(search: string): boolean {
  const q = new URLSearchParams(search);
  return q.get('start') === '1' || (!q.has('module') && !q.has('lesson') && !q.has('e2e'));
}

/** The query that opens `key=value` in the current language, keeping e2e and the GPU choice. */
function query(search: string, set: Record<string, string>, language: string): string {
  const q = new URLSearchParams(search);
  for (const k of ['start', 'module', 'lesson', 'resume']) q.delete(k);
  for (const [k, v] of Object.entries(set)) q.set(k, v);
  q.set('lang', language);
  return `?${q.toString()}`;
}

/** Mounts the start screen over the app; `navigate` opens a query. */
export function mountStartScreen(store: AppStore, choices: StartChoices, navigate: (search: string) => void = (s) => location.assign(s)): HTMLElement {
  const el = h('div', { class: 'start-screen', 'data-testid': 'start-screen', role: 'dialog' });
  document.body.append(el);
  const render = () => {
    const language = store.getState().language;
    const all = messages(language);
    const m = all.lesson.start;
    const go = (set: Record<string, string>) => () => navigate(query(location.search, set, language));
    const button = (label: string, testid: string, onClick: () => void, extra?: string) => {
      const b = h(
        'button',
        { type: 'button', 'data-testid': testid, class: 'start-choice' },
        label,
        ...(extra ? [h('span', { class: 'start-extra' }, extra)] : []),
      );
      b.addEventListener('click', onClick);
      return b;
    };
    const saved = choices.saved?.lesson === choices.lesson.id ? choices.saved : null;
    el.replaceChildren(
      h('h1', {}, m.heading),
      button(m.lesson, 'start-lesson', go({ lesson: choices.lesson.id })),
      ...(saved
        ? [
            button(
              m.resume,
              'start-resume',
              go({ lesson: choices.lesson.id, resume: '1' }),
              format(m.resumeAt, { slide: saved.slide + 1, slides: choices.lesson.slides }),
            ),
          ]
        : []),
      h('h2', {}, m.explore),
      h('div', { class: 'start-modules' }, ...choices.modules.map((mod) => button(mod.title(all), `start-module-${mod.id}`, go({ module: mod.id })))),
    );
  };
  render();
  store.subscribe((s) => s.language, render);
  return el;
}
