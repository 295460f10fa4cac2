/**
 * The narration panel: the stage's title, its equation in KaTeX (numbers substituted) and one caption sentence
 * (its `$…$` math typeset, caption-math.ts),
 * plus the scenario's note for the step. KaTeX renders through the DOM (`katex.render`), which sets styles
 * through the CSSOM and so keeps working under the strict CSP (no inline style attributes).
 */
import katex from 'katex';
import { messages, sentenceCase } from '../../shared/i18n/i18n.ts';
import type { Chapter } from '../chapters/chapter.ts';
import type { AppStore } from '../state/store.ts';
import { renderCaption } from './caption-math.ts';
import { h, type Unmount } from './dom.ts';

/** Mounts the narration into `el`. */
export function mountNarration(el: HTMLElement, store: AppStore, chapter: Chapter): Unmount {
  const stage = h('h2', { class: 'stage-title', 'data-testid': 'stage-title' });
  const equation = h('div', { class: 'equation', 'data-testid': 'equation' });
  const caption = h('p', { class: 'caption', 'data-testid': 'caption' });
  const note = h('p', { class: 'note', 'data-testid': 'note' });
  el.append(stage, equation, caption, note);
  let lastTex = '';

  /** Shrinks the equation's type (never below 60%) until it fits the panel's width. */
  function fit(): void {
    let scale = 1;
    equation.style.fontSize = '';
    while (equation.scrollWidth > equation.clientWidth + 1 && scale > 0.6) {
      scale -= 0.05;
      equation.style.fontSize = `${(1.2 * scale).toFixed(2)}rem`;
    }
  }

  function render(): void {
    const s = store.getState();
    const f = s.trace?.frames[s.frame];
    if (!s.trace || !f) return;
    const m = messages(s.language);
    const n = chapter.narration(f, s.trace, s.language);
    stage.textContent = sentenceCase(chapter.stageLabel(f.stage, m), s.language);
    if (n.tex !== lastTex) {
      lastTex = n.tex;
      try {
        katex.render(n.tex, equation, { displayMode: true, throwOnError: false, output: 'htmlAndMathml' });
      } catch {
        equation.textContent = n.tex;
      }
      fit();
    }
    renderCaption(caption, n.caption);
    note.textContent = n.note ?? '';
    note.hidden = !n.note;
  }
  render();
  return store.subscribe((s) => [s.frame, s.trace, s.language] as const, render, { equalityFn: (a, b) => a.every((x, i) => x === b[i]) });
}
