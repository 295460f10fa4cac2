/**
 * Lecture mode (README "Giving a lecture"): a lesson on screen, driven by the keys and clicks of
 * navigation.ts. Text slides are DOM over the stage; a simulation slide shows its module through the chapter
 * host (no reload; traces cached), stepping its frames; overlays (black screen, overview, key list, laser) sit
 * above everything. The position is saved after every move.
 */
import type { ModuleId } from '#core/trace/trace.ts';
import { localize, type Lesson, type LessonCamera, type SimulationSlide } from '#core/lesson/lesson.ts';
import { format, messages } from '../../shared/i18n/i18n.ts';
import type { Chapter } from '../chapters/chapter.ts';
import type { AppStore } from '../state/store.ts';
import { h } from '../ui/dom.ts';
import { handleKey, isTyping } from '../ui/keyboard.ts';
import type { ChapterHost } from './chapter-host.ts';
import { actionForKey, initialNav, reduce, settleFrame, type NavAction, type NavContext, type NavState, type Position } from './navigation.ts';
import { createBlank, createLaser, renderHelp, renderOverview } from './overlays.ts';
import { savePosition, type PositionStorage } from './position-memory.ts';
import { followOverlays } from './overlay-reserve.ts';
import { createPresentation, togglePanel } from './presentation.ts';
import type { PresenterSync } from './presenter-sync.ts';
import { renderSlide, simulationCaption } from './slide-view.ts';
import './lesson.css';

/** What lecture mode needs from the app. */
export interface LessonParts {
  readonly lesson: Lesson;
  readonly store: AppStore;
  readonly host: ChapterHost;
  readonly chapterFor: (module: ModuleId) => Chapter;
  /** The stage (view and side panel): text slides cover it, the simulation's caption goes just above it. */
  readonly stage: HTMLElement;
  readonly viewEl: HTMLElement;
  readonly now: () => number;
  readonly start?: Position;
  readonly storage: PositionStorage | null;
  /** Poses the view's camera for a slide's `camera` (null: the module's own framing). */
  readonly setCamera?: (pose: LessonCamera | null) => void;
  /** The link to the presenter window (null or absent: no presenter view). */
  readonly sync?: PresenterSync | null;
  /** Opens the presenter window (S, or the header button). */
  readonly openPresenter?: () => void;
  /** Where the lesson's buttons go (the header). */
  readonly toolbar?: HTMLElement;
}

/** The lesson part of `window.atenea.state()`. */
export interface LessonTestState {
  readonly id: string;
  /** The slide's number, from 1 (as the counter shows it). */
  readonly slide: number;
  readonly slides: number;
  readonly kind: string;
  /** The slide's title in the UI language. */
  readonly title: string;
  /** The frames a simulation slide steps through (inclusive), once its trace is loaded; else null. */
  readonly frames: { readonly first: number; readonly last: number } | null;
  /** True while a simulation slide's trace is being loaded. */
  readonly loading: boolean;
  readonly blank: boolean;
  readonly overview: boolean;
  readonly help: boolean;
  readonly laser: boolean;
}

/** The running lesson. */
export interface LessonHandle {
  state(): LessonTestState;
  /** Resolves once the current slide is shown (its trace loaded). */
  ready(): Promise<void>;
}

/** Mounts lecture mode and shows the start position's slide. */
export function mountLesson(parts: LessonParts): LessonHandle {
  const { lesson, store, host, stage, viewEl, now } = parts;
  const count = lesson.slides.length;
  const startSlide = Math.min(parts.start?.slide ?? 0, count - 1);
  let nav: NavState = initialNav({ slide: startSlide, frame: parts.start?.frame ?? 0 });
  let loadedSlide = -1;
  let generation = 0;
  let shown: Promise<void> = Promise.resolve();
  const startedAt = Date.now();
  document.body.classList.add('lesson-mode');

  const layer = h('section', { class: 'slide-layer', 'data-testid': 'slide-layer' });
  const caption = h('div', { class: 'sim-caption-host' });
  const counter = h('button', { type: 'button', class: 'slide-counter', 'data-testid': 'slide-counter' });
  // While a simulation slide's trace computes, the canvas still holds the previous slide's picture: hide it.
  const computing = h('p', { class: 'slide-computing', 'data-testid': 'slide-computing', role: 'status' });
  const blank = createBlank();
  const overlayHost = h('div', { class: 'lesson-overlays' });
  const laser = createLaser(document.body);
  stage.append(layer);
  stage.before(caption);
  viewEl.append(computing, counter); // inside the view (above the text slides too), clear of the side panel
  document.body.append(overlayHost, laser.el, blank);
  const presentation = createPresentation();
  const reserve = followOverlays({
    view: viewEl,
    top: caption,
    bottom: stage.querySelector<HTMLElement>('.side') ?? caption,
    active: () => presentation.isOn() && sim(nav.position.slide) !== null,
    reframe: () => store.getState().resetCamera(),
  });
  const presenterButton = h('button', { type: 'button', class: 'presenter-open', 'data-testid': 'presenter-open' });
  if (parts.openPresenter && parts.toolbar) {
    presenterButton.addEventListener('click', () => parts.openPresenter?.());
    parts.toolbar.append(presenterButton);
  }

  const sim = (i: number): SimulationSlide | null => {
    const s = lesson.slides[i];
    return s?.kind === 'simulation' ? s : null;
  };
  const ctx: NavContext = {
    slides: count,
    span(i) {
      const s = sim(i);
      const trace = store.getState().trace;
      if (!s || i !== loadedSlide || !trace) return null;
      const last = trace.frames.length - 1;
      return { first: Math.min(s.frames?.from ?? 0, last), last: Math.min(s.frames?.to ?? last, last) };
    },
  };

  function render(): void {
    const language = store.getState().language;
    const m = messages(language).lesson;
    const { slide } = nav.position;
    const current = lesson.slides[slide]!;
    const s = sim(slide);
    layer.hidden = s !== null;
    layer.dataset.kind = current.kind;
    document.body.dataset.slideKind = current.kind; // the transport shows on simulation slides only
    layer.replaceChildren(...(s ? [] : [renderSlide(current, language)]));
    caption.replaceChildren(...(s ? [simulationCaption(s, language)] : []));
    presenterButton.textContent = m.presenter.open;
    counter.textContent = format(m.counter, { slide: slide + 1, slides: count });
    counter.setAttribute('aria-label', format(m.counterLabel, { slide: slide + 1, slides: count }));
    blank.hidden = !nav.blank;
    overlayHost.replaceChildren(
      ...(nav.overview ? [renderOverview(lesson, slide, language, (i) => apply({ type: 'goto', slide: i }))] : []),
      ...(nav.help ? [renderHelp(language)] : []),
    );
    laser.setOn(nav.laser);
    reserve();
    computing.textContent = messages(language).params.computing;
    announce();
  }

  function save(): void {
    if (loadedSlide !== nav.position.slide && sim(nav.position.slide)) return; // the frame is not known yet
    savePosition(parts.storage, { lesson: lesson.id, slide: nav.position.slide, frame: sim(nav.position.slide) ? nav.position.frame : 0 });
  }

  async function showSlide(i: number): Promise<void> {
    const mine = ++generation;
    loadedSlide = -1;
    const s = sim(i);
    if (!s) return;
    const controller = host.show(parts.chapterFor(s.module));
    await controller.loadPreset(s.preset);
    for (const [name, value] of Object.entries(s.overrides ?? {})) await controller.editParameter(name, typeof value === 'object' ? [...value] : value);
    if (mine !== generation) return;
    loadedSlide = i;
    parts.setCamera?.(s.camera ?? null);
    if (s.camera) store.getState().setCameraMoved(false); // the slide's pose, not an orbit left from before
    nav = settleFrame(nav, ctx);
    store.getState().setPlaying(false);
    store.getState().seek(nav.position.frame);
    save();
    announce();
  }

  function apply(action: NavAction): void {
    const before = nav.position;
    nav = reduce(nav, action, ctx);
    if (nav.position.slide !== before.slide) {
      store.getState().setPlaying(false);
      shown = showSlide(nav.position.slide).catch((error: unknown) => console.error(error));
    } else if (nav.position.frame !== before.frame && loadedSlide === nav.position.slide) {
      store.getState().setPlaying(false);
      store.getState().seek(nav.position.frame, { animate: true, now: now() });
    }
    save();
    render();
  }

  const loading = () => sim(nav.position.slide) !== null && loadedSlide !== nav.position.slide;

  /** Carries out one key (from this window or the presenter's); false when it is not a lesson key. */
  function onKey(key: string): boolean {
    const action = actionForKey(key, nav, store.getState().playing);
    if (action === null) {
      if (key === 'Escape' && presentation.isOn()) {
        presentation.leave();
        reserve();
      } else return handleKey(key, store, now());
    } else if (action === 'fullscreen') presentation.toggle();
    else if (action === 'panel') togglePanel();
    else if (action === 'presenter') parts.openPresenter?.();
    else if (action === 'play') store.getState().setPlaying(!store.getState().playing);
    else if (!((action.type === 'next' || action.type === 'prev') && loading())) apply(action); // a key during a load waits for it
    return true;
  }
  window.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (onKey(event.key)) event.preventDefault();
  });
  // The presenter window (README "Giving a lecture"): this window is the source of truth; its keys come here.
  function announce(): void {
    viewEl.classList.toggle('slide-loading', loading());
    parts.sync?.send({
      type: 'state',
      state: { slide: nav.position.slide, frame: nav.position.frame, frames: ctx.span(nav.position.slide), blank: nav.blank, startedAt },
    });
  }
  parts.sync?.onMessage((message) => {
    if (message.type === 'key') onKey(message.key);
    else if (message.type === 'hello') announce();
  });
  // A click advances (a drag on the view orbits the camera and does not).
  let down: { x: number; y: number } | null = null;
  viewEl.addEventListener('pointerdown', (e) => (down = { x: e.clientX, y: e.clientY }));
  viewEl.addEventListener('click', (e) => {
    if (down && Math.hypot(e.clientX - down.x, e.clientY - down.y) < 5 && !loading()) apply({ type: 'next' });
  });
  layer.addEventListener('click', () => apply({ type: 'next' }));
  blank.addEventListener('click', () => apply({ type: 'dismiss' }));
  counter.addEventListener('click', (event) => {
    event.stopPropagation(); // the counter sits in the view, whose click advances
    apply({ type: 'overview' });
  });
  // The transport and the timeline move the frame too: follow them.
  store.subscribe(
    (st) => st.frame,
    (frame) => {
      if (loadedSlide === nav.position.slide && frame !== nav.position.frame) {
        nav = { ...nav, position: { ...nav.position, frame } };
        save();
        announce();
      }
    },
  );
  store.subscribe((st) => st.language, render);

  render();
  shown = showSlide(nav.position.slide);
  return {
    state() {
      const current = lesson.slides[nav.position.slide]!;
      return {
        id: lesson.id,
        slide: nav.position.slide + 1,
        slides: count,
        kind: current.kind,
        title: localize(current.title, store.getState().language),
        frames: ctx.span(nav.position.slide),
        loading: loading(),
        blank: nav.blank,
        overview: nav.overview,
        help: nav.help,
        laser: nav.laser,
      };
    },
    ready: () => shown,
  };
}
