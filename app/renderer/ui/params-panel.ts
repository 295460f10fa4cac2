/**
 * The parameters panel (plain DOM, no injected styles): one labelled field per chapter parameter
 * (data-testid `param-<name>`), shown only for the presets it applies to (ParamSpec.appliesTo); a `choice` is a
 * <select> with its options in the UI language. A value is applied on change (Enter or leaving the field); a refused value
 * stays in the field, marked invalid, with the message from core/scenario/validate.ts and the allowed range
 * right below it, while the last valid trace stays on screen. A chapter with per-step parameters
 * (Chapter.stepParameters: the NTM's addressing) shows the values of the step on screen and applies an edit
 * under the name the chapter gives (that step only, or all steps when its scope says so).
 */
import { format, formatNumber, messages, parseNumber, parseNumberList, type Language } from '../../shared/i18n/i18n.ts';
import type { AppController } from '../app-controller.ts';
import type { ParamSpec } from '../chapters/chapter.ts';
import type { ParamValue } from '../state/scenario-slice.ts';
import type { AppStore } from '../state/store.ts';
import { h, type Unmount } from './dom.ts';
import { problemMessage } from './validation-text.ts';

function show(value: ParamValue | undefined, spec: ParamSpec, language: Language): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  const num = (x: number) =>
    spec.kind === 'integer' || Number.isInteger(x)
      ? String(x)
      : formatNumber(language, x, Math.abs(x) < 10 ? 3 : 2)
          .replace(/0+$/, '')
          .replace(/[.,]$/, '');
  return Array.isArray(value) ? value.map(num).join(' ') : num(value as number);
}

/** Mounts the panel into `el`. */
export function mountParamsPanel(el: HTMLElement, store: AppStore, controller: AppController): Unmount {
  const { chapter } = controller;
  const title = h('h2', { class: 'panel-title' });
  const status = h('p', { class: 'status', 'data-testid': 'params-status', 'aria-live': 'polite' });
  const form = h('form', { class: 'params', novalidate: true });
  form.addEventListener('submit', (e) => e.preventDefault());
  /** The step of the frame on screen (from 0). */
  const stepOnScreen = () => {
    const s = store.getState();
    return s.trace?.frames[s.frame]?.step ?? 0;
  };
  const fields = chapter.params.map((spec) => {
    const id = `param-${spec.name}`;
    const label = h('label', { for: id });
    const input: HTMLInputElement | HTMLSelectElement =
      spec.kind === 'choice'
        ? h('select', { id, 'data-testid': id, 'aria-describedby': `${id}-error` }, ...(spec.options ?? []).map((o) => h('option', { value: o.value })))
        : h('input', {
            id,
            type: 'text',
            inputmode: spec.kind === 'vector' || spec.kind === 'text' ? 'text' : 'decimal',
            'data-testid': id,
            autocomplete: 'off',
            spellcheck: 'false',
            'aria-describedby': `${id}-error`,
          });
    const error = h('p', { id: `${id}-error`, class: 'error', 'data-testid': `${id}-error`, role: 'alert' });
    error.hidden = true;
    const row = h('div', { class: `param param-${spec.kind}`, 'data-param': spec.name }, label, input, error);
    form.append(row);
    // The text last sent (or shown from the store): Enter then blur fires `change` twice; recompute once.
    let committed = '';
    const commit = () => {
      const text = input.value;
      if (text === committed) return;
      committed = text;
      const value: ParamValue = spec.kind === 'choice' || spec.kind === 'text' ? text : spec.kind === 'vector' ? parseNumberList(text) : parseNumber(text);
      const name = chapter.stepParameters?.editName(spec.name, store.getState().appliedParameters, store.getState().preset, stepOnScreen()) ?? spec.name;
      void controller.editParameter(name, value);
    };
    input.addEventListener('change', () => {
      commit();
      // A menu gives the keyboard back after a choice, so → / ← step the lecture instead of changing it.
      if (spec.kind === 'choice') input.blur();
    });
    input.addEventListener('keydown', (e) => {
      const key = (e as KeyboardEvent).key;
      if (key === 'Enter' && spec.kind !== 'choice') {
        e.preventDefault();
        commit();
      } else if (key === 'Escape') {
        // Back to the lecture keys (→ / ← / Space) without applying anything.
        input.blur();
      }
    });
    return { spec, row, label, input, error, setCommitted: (text: string) => (committed = text) };
  });
  el.append(title, form, status);
  let lastStep = -1;

  function render(): void {
    const s = store.getState();
    const m = messages(s.language);
    const step = stepOnScreen();
    title.textContent = chapter.stepParameters ? format(m.params.stepTitle, { t: step + 1 }) : m.params.title;
    // Per-step values only for this chapter's own trace: right after a lesson swaps chapters the store still holds
    // the previous module's parameters with the new preset, and reading those as this chapter's would throw.
    const own = s.trace?.module === chapter.id;
    const shown = (own ? chapter.stepParameters?.valuesAt(s.appliedParameters, s.preset, step) : undefined) ?? s.appliedParameters;
    // Another step on screen: its values replace what a focused field shows (they belong to the old step).
    const stepChanged = chapter.stepParameters !== undefined && step !== lastStep;
    lastStep = step;
    status.textContent = s.computing ? m.params.computing : Object.keys(s.problems).length ? m.params.keptPrevious : '';
    for (const f of fields) {
      // Only the parameters of the preset on screen (e.g. no seed on a hand-set program).
      f.row.hidden = !(f.spec.appliesTo?.(s.preset) ?? true);
      const label = f.spec.label(m);
      if (f.input instanceof HTMLSelectElement) {
        [...f.input.options].forEach((o, i) => (o.textContent = f.spec.options![i]!.label(m)));
      }
      f.label.textContent = f.spec.kind === 'vector' ? `${label} (${m.params.vectorHint})` : label;
      // A refused per-step edit is recorded under its step's name (`beta@9`).
      const problem = s.problems[f.spec.name] ?? Object.entries(s.problems).find(([k]) => k.startsWith(`${f.spec.name}@`))?.[1];
      if (problem) {
        f.input.setAttribute('aria-invalid', 'true');
        f.error.hidden = false;
        f.error.textContent = problemMessage(label, problem, s.language);
      } else {
        f.input.removeAttribute('aria-invalid');
        f.error.hidden = true;
        f.error.textContent = '';
        if (stepChanged || document.activeElement !== f.input) {
          f.input.value = show(shown[f.spec.name], f.spec, s.language);
          f.setCommitted(f.input.value);
        }
      }
    }
  }
  render();
  return store.subscribe((s) => [s.appliedParameters, s.problems, s.language, s.computing, s.preset, s.trace?.frames[s.frame]?.step] as const, render, {
    equalityFn: (a, b) => a.every((x, i) => x === b[i]),
  });
}
