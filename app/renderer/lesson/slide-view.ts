/**
 * Draws a lesson's title, agenda and text slides as DOM (KaTeX for the equations), and the title and caption
 * of a simulation slide over the 3D view. Pure rendering of (slide, language): no state of its own.
 */
import katex from 'katex';
import { localize, type Bullet, type LessonLanguage, type LocalText, type Slide } from '#core/lesson/lesson.ts';
import { h } from '../ui/dom.ts';

function text(t: LocalText, language: LessonLanguage): string {
  return localize(t, language);
}

function equation(tex: string): HTMLElement {
  const el = h('div', { class: 'slide-equation', 'data-testid': 'slide-equation' });
  try {
    katex.render(tex, el, { displayMode: true, throwOnError: false, output: 'htmlAndMathml' });
  } catch {
    el.textContent = tex;
  }
  return el;
}

function bullet(b: Bullet, language: LessonLanguage): HTMLElement {
  if (typeof b === 'object' && 'sub' in b) {
    return h('li', {}, text(b.text, language), h('ol', { class: 'sub' }, ...b.sub.map((s) => h('li', {}, text(s, language)))));
  }
  return h('li', {}, text(b, language));
}

/** The content of a non-simulation slide (a simulation slide gives its title alone; see {@link simulationCaption}). */
export function renderSlide(slide: Slide, language: LessonLanguage): HTMLElement {
  const title = text(slide.title, language);
  switch (slide.kind) {
    case 'title':
      return h(
        'div',
        { class: 'slide-body slide-title-page' },
        h('h1', { 'data-testid': 'slide-heading' }, title),
        ...(slide.subtitle ? [h('p', { class: 'subtitle' }, text(slide.subtitle, language))] : []),
        ...(slide.author ? [h('p', { class: 'author' }, text(slide.author, language))] : []),
      );
    case 'agenda':
      return h(
        'div',
        { class: 'slide-body' },
        h('h2', { 'data-testid': 'slide-heading' }, title),
        h(
          'ol',
          { class: 'agenda' },
          ...slide.items.map((item, i) => h('li', i === slide.current ? { class: 'current', 'aria-current': 'step' } : {}, text(item, language))),
        ),
      );
    case 'text': {
      const parts: HTMLElement[] = [h('h2', { 'data-testid': 'slide-heading' }, title)];
      if (slide.bullets) parts.push(h('ul', { class: 'bullets' }, ...slide.bullets.map((b) => bullet(b, language))));
      if (slide.equations) parts.push(h('div', { class: 'equations' }, ...slide.equations.map((tex) => equation(text(tex, language)))));
      if (slide.quote) {
        const q = slide.quote;
        parts.push(
          h(
            'figure',
            { class: 'quote' },
            h('blockquote', {}, text(q.text, language)),
            h('figcaption', {}, [q.attribution ? text(q.attribution, language) : '', q.source ?? ''].filter(Boolean).join(' · ')),
          ),
        );
      }
      if (slide.image) parts.push(h('img', { class: 'slide-image', src: slide.image, alt: title }));
      if (slide.references) parts.push(h('ul', { class: 'references' }, ...slide.references.map((r) => h('li', {}, text(r, language)))));
      return h('div', { class: 'slide-body' }, ...parts);
    }
    case 'simulation':
      return h('div', { class: 'slide-body' }, h('h2', { 'data-testid': 'slide-heading' }, title));
  }
}

/** The heading and caption a simulation slide shows over the view. */
export function simulationCaption(slide: Extract<Slide, { kind: 'simulation' }>, language: LessonLanguage): HTMLElement {
  return h(
    'div',
    { class: 'sim-caption', 'data-testid': 'sim-caption' },
    h('h2', { 'data-testid': 'slide-heading' }, text(slide.title, language)),
    ...(slide.caption ? [h('p', {}, text(slide.caption, language))] : []),
  );
}
