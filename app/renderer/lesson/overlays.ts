/**
 * The lesson's overlays, all DOM above the canvas (so none of them is ever in a recording, which renders from
 * a render target): the black screen, the overview of slides, the key list, and the laser pointer.
 */
import { format, messages, type Language } from '../../shared/i18n/i18n.ts';
import { localize, type Lesson } from '#core/lesson/lesson.ts';
import { h } from '../ui/dom.ts';
import { KEY_LIST } from './navigation.ts';

/** The black screen (B or .). */
export function createBlank(): HTMLElement {
  const el = h('div', { class: 'lesson-blank', 'data-testid': 'lesson-blank' });
  el.hidden = true;
  return el;
}

/** The overview: one card per slide (number, kind, title); `jump` is called with the slide's index. */
export function renderOverview(lesson: Lesson, current: number, language: Language, jump: (slide: number) => void): HTMLElement {
  const m = messages(language).lesson;
  const cards = lesson.slides.map((slide, i) => {
    const card = h(
      'button',
      {
        type: 'button',
        class: `thumb thumb-${slide.kind}${i === current ? ' current' : ''}`,
        'data-testid': `thumb-${i + 1}`,
        'aria-label': format(m.jumpTo, { slide: i + 1 }),
      },
      h('span', { class: 'thumb-number' }, String(i + 1)),
      h('span', { class: 'thumb-kind' }, m.kinds[slide.kind]),
      h('span', { class: 'thumb-title' }, localize(slide.title, language)),
    );
    card.addEventListener('click', (event) => {
      event.stopPropagation();
      jump(i);
    });
    return card;
  });
  return h(
    'div',
    { class: 'lesson-overview', 'data-testid': 'lesson-overview', role: 'dialog', 'aria-label': m.overview },
    h('h2', {}, m.overview),
    h('div', { class: 'thumbs' }, ...cards),
  );
}

/** The ? overlay: every key, in the UI language. */
export function renderHelp(language: Language): HTMLElement {
  const m = messages(language).lesson;
  return h(
    'div',
    { class: 'lesson-help', 'data-testid': 'lesson-help', role: 'dialog', 'aria-label': m.help },
    h('h2', {}, m.help),
    h('ul', {}, ...KEY_LIST.map((k) => h('li', {}, m.keys[k]))),
  );
}

/** The laser pointer: a bright dot with a short trail following the mouse while on. */
export function createLaser(target: HTMLElement): { readonly el: HTMLElement; setOn(on: boolean): void } {
  const TRAIL = 6;
  const dots = Array.from({ length: TRAIL }, (_, i) => h('div', { class: `laser-dot laser-dot-${i}` }));
  const el = h('div', { class: 'laser', 'data-testid': 'laser', 'aria-hidden': 'true' }, ...dots);
  el.hidden = true;
  const trail: { x: number; y: number }[] = [];
  const onMove = (event: PointerEvent) => {
    trail.unshift({ x: event.clientX, y: event.clientY });
    trail.length = Math.min(trail.length, TRAIL);
    dots.forEach((d, i) => {
      const p = trail[i] ?? trail[trail.length - 1]!;
      d.style.transform = `translate(${p.x}px, ${p.y}px)`;
    });
  };
  return {
    el,
    setOn(on) {
      el.hidden = !on;
      target.classList.toggle('laser-on', on);
      if (on) window.addEventListener('pointermove', onMove);
      else window.removeEventListener('pointermove', onMove);
    },
  };
}
