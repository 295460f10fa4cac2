/**
 * The header: the app's name with the module's title on a second line (never cut, at 1366×768 too), preset select,
 * language switch and the reset-camera button.
 */
import { LANGUAGES, messages, type Language } from '../../shared/i18n/i18n.ts';
import type { AppController } from '../app-controller.ts';
import type { AppStore } from '../state/store.ts';
import { h, type Unmount } from './dom.ts';
import './header.css';

/** Mounts the header into `el`. */
export function mountHeader(el: HTMLElement, store: AppStore, controller: AppController): Unmount {
  const { chapter } = controller;
  const appName = h('span', { class: 'app-name', 'data-testid': 'app-name' });
  const moduleName = h('span', { class: 'module-name', 'data-testid': 'module-title' });
  const title = h('h1', { class: 'title', 'data-testid': 'title' }, appName, moduleName);
  const presetLabel = h('label', { for: 'preset', class: 'field-label' });
  const preset = h('select', { id: 'preset', 'data-testid': 'preset-select' }, ...chapter.presets.map((p) => h('option', { value: p.id })));
  const languageLabel = h('label', { for: 'language', class: 'field-label' });
  const language = h('select', { id: 'language', 'data-testid': 'language' }, ...LANGUAGES.map((l) => h('option', { value: l })));
  const reset = h('button', { type: 'button', 'data-testid': 'reset-camera' });
  el.append(title, h('div', { class: 'header-controls' }, presetLabel, preset, languageLabel, language, reset));

  // After a choice the select gives the keyboard back, so → / ← step the lecture instead of changing the menu.
  preset.addEventListener('change', () => {
    preset.blur();
    void controller.loadPreset(preset.value);
  });
  language.addEventListener('change', () => {
    language.blur();
    store.getState().setLanguage(language.value as Language);
  });
  reset.addEventListener('click', () => store.getState().resetCamera());

  function render(): void {
    const s = store.getState();
    const m = messages(s.language);
    document.documentElement.lang = s.language;
    document.title = `${m.app.title} · ${chapter.title(m)}`;
    appName.textContent = m.app.title;
    moduleName.textContent = chapter.title(m);
    title.setAttribute('aria-label', `${m.app.title} · ${chapter.title(m)}`);
    presetLabel.textContent = m.presets.label;
    preset.setAttribute('aria-label', m.presets.label);
    [...preset.options].forEach((o, i) => (o.textContent = chapter.presets[i]!.label(m)));
    preset.value = s.preset;
    languageLabel.textContent = m.language.label;
    language.setAttribute('aria-label', m.language.label);
    [...language.options].forEach((o) => (o.textContent = m.language[o.value as Language]));
    language.value = s.language;
    reset.textContent = m.view.resetCamera;
  }
  render();
  return store.subscribe((s) => [s.language, s.preset] as const, render, { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] });
}
