/**
 * The presenter view (S; README "Giving a lecture"): the lecturer's second window with the current slide, the
 * next one, the speaker notes, the elapsed time and a clock, and the slide and frame counter. It holds no
 * lecture state of its own: it shows what the audience window announces and forwards its keys there.
 */
import { localize, type Lesson, type Slide } from '#core/lesson/lesson.ts';
import { format, messages, type Language } from '../../shared/i18n/i18n.ts';
import { h } from '../ui/dom.ts';
import { builtinLesson } from '#core/lesson/builtin.ts';
import { openPresenterSync, type PresenterState, type PresenterSync } from './presenter-sync.ts';
import { renderSlide, simulationCaption } from './slide-view.ts';
import './lesson.css';

/** `ms` as h:mm:ss. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(total / 3600)}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
}

/** The counter line: "slide 3 / 24" and, on a simulation slide, "frame 5 / 12" (frames counted from the span's first). */
export function counterText(state: PresenterState, slides: number, language: Language): string {
  const m = messages(language).lesson.presenter;
  const slide = format(m.slide, { slide: state.slide + 1, slides });
  if (!state.frames) return slide;
  const { first, last } = state.frames;
  return `${slide} · ${format(m.frame, { frame: state.frame - first + 1, frames: last - first + 1 })}`;
}

function preview(slide: Slide | undefined, language: Language): HTMLElement {
  if (!slide) return h('p', { class: 'presenter-end' }, messages(language).lesson.presenter.end);
  return slide.kind === 'simulation' ? simulationCaption(slide, language) : renderSlide(slide, language);
}

/** What the presenter page needs. */
export interface PresenterParts {
  readonly lesson: Lesson;
  readonly language: Language;
  readonly sync: PresenterSync;
  /** Wall-clock time in ms since the epoch (Date.now). */
  readonly clock: () => number;
}

/** Mounts the presenter view on `root`; returns a function that stops its timer. */
export function mountPresenter(root: HTMLElement, parts: PresenterParts): () => void {
  const { lesson, language, sync, clock } = parts;
  const m = messages(language).lesson.presenter;
  document.body.classList.add('presenter-page');
  document.title = `${m.title} · ${localize(lesson.title, language)}`;
  const counter = h('span', { class: 'presenter-counter', 'data-testid': 'presenter-counter' });
  const elapsed = h('span', { class: 'presenter-elapsed', 'data-testid': 'presenter-elapsed' });
  const time = h('span', { class: 'presenter-clock', 'data-testid': 'presenter-clock' });
  const current = h('section', { class: 'presenter-current', 'data-testid': 'presenter-current' });
  const next = h('section', { class: 'presenter-next', 'data-testid': 'presenter-next' });
  const notes = h('section', { class: 'presenter-notes', 'data-testid': 'presenter-notes' });
  root.append(
    h('header', { class: 'presenter-bar' }, counter, elapsed, time),
    h('div', { class: 'presenter-slides' }, h('div', {}, h('h3', {}, m.current), current), h('div', {}, h('h3', {}, m.next), next)),
    h('div', {}, h('h3', {}, m.notes), notes),
  );
  let state: PresenterState | null = null;

  const tick = () => {
    const now = clock();
    elapsed.textContent = format(m.elapsed, { time: formatElapsed(state ? now - state.startedAt : 0) });
    time.textContent = new Date(now).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });
  };
  const render = () => {
    if (!state) {
      counter.textContent = m.waiting;
      return;
    }
    const slide = lesson.slides[state.slide];
    counter.textContent = counterText(state, lesson.slides.length, language) + (state.blank ? ` · ${m.blank}` : '');
    root.dataset.slide = String(state.slide + 1);
    root.dataset.frame = String(state.frame);
    current.replaceChildren(preview(slide, language));
    next.replaceChildren(preview(lesson.slides[state.slide + 1], language));
    notes.textContent = slide?.notes ? localize(slide.notes, language) : m.noNotes;
    tick();
  };

  sync.onMessage((message) => {
    if (message.type !== 'state' || message.state.slide >= lesson.slides.length) return;
    state = message.state;
    render();
  });
  window.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    sync.send({ type: 'key', key: event.key });
    event.preventDefault();
  });
  render();
  tick();
  sync.send({ type: 'hello' }); // the audience window answers with where it is
  const timer = window.setInterval(tick, 1000);
  return () => window.clearInterval(timer);
}

/** The whole presenter page for `?presenter=1&lesson=<id>`; false when the lesson is unknown or there is no channel. */
export function mountPresenterPage(search: string, language: Language): boolean {
  const id = new URLSearchParams(search).get('lesson');
  const lesson = id ? builtinLesson(id) : undefined;
  const sync = lesson ? openPresenterSync(lesson.id) : null;
  if (!lesson || !sync) return false;
  const root = h('main', { class: 'presenter', 'data-testid': 'presenter' });
  document.body.append(root);
  mountPresenter(root, { lesson, language, sync, clock: () => Date.now() });
  document.body.dataset.ready = 'true';
  return true;
}
