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
import { equationLines } from './equation-lines.ts';
import { h, type Unmount } from './dom.ts';

/** The smallest type of an equation, px (KaTeX's base size): ~22 px reads from the back of a hall at 1080p. */
export const MIN_EQUATION_PX = 22;

/** Mounts the narration into `el`. */
export function mountNarration(el: HTMLElement, store: AppStore, chapter: Chapter): Unmount {
  const stage = h('h2', { class: 'stage-title', 'data-testid': 'stage-title' });
  const equation = h('div', { class: 'equation', 'data-testid': 'equation' });
  const caption = h('p', { class: 'caption', 'data-testid': 'caption' });
  const note = h('p', { class: 'note', 'data-testid': 'note' });
  el.append(stage, equation, caption, note);
  let lastTex = '';

  /**
   * Fits the equation to the panel: its type shrinks to no less than {@link MIN_EQUATION_PX} (lecture size); if
   * it is still too wide there, it is set again as lines that wrap (equation-lines.ts) instead of being cut.
   */
  function fit(tex: string): void {
    equation.style.fontSize = '';
    equation.classList.remove('broken');
    const overflows = () => equation.scrollWidth > equation.clientWidth + 1;
    const base = Number.parseFloat(getComputedStyle(equation).fontSize);
    const inner = equation.querySelector('.katex');
    const ratio = inner ? Number.parseFloat(getComputedStyle(inner).fontSize) / base : 1;
    let size = base;
    while (overflows() && (size - 1) * ratio >= MIN_EQUATION_PX) {
      size -= 1;
      equation.style.fontSize = `${size}px`;
    }
    if (!overflows()) return;
    equation.style.fontSize = '';
    equation.classList.add('broken');
    equation.replaceChildren(
      ...equationLines(tex).map((line) => {
        const div = h('div', { class: 'equation-line' });
        draw(`\\displaystyle ${line}`, false, div);
        return div;
      }),
    );
  }

  function draw(tex: string, displayMode: boolean, into: HTMLElement = equation): void {
    try {
      katex.render(tex, into, { displayMode, throwOnError: false, output: 'htmlAndMathml' });
    } catch {
      into.textContent = tex;
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
      draw(n.tex, true);
      fit(n.tex);
    }
    renderCaption(caption, n.caption);
    note.textContent = n.note ?? '';
    note.hidden = !n.note;
  }
  render();
  // A new window size (the projector, presentation mode) fits the equation again: set it whole, then fit.
  let width = 0;
  const resized = new ResizeObserver(() => {
    if (!lastTex || equation.clientWidth === width) return;
    width = equation.clientWidth;
    draw(lastTex, true);
    fit(lastTex);
  });
  resized.observe(el);
  const unsubscribe = store.subscribe((s) => [s.frame, s.trace, s.language] as const, render, { equalityFn: (a, b) => a.every((x, i) => x === b[i]) });
  return () => {
    resized.disconnect();
    unsubscribe();
  };
}
