/**
 * The screen's theme (data-testid `theme-select`): dark (projector) or light (slides, print) for the 3D view.
 * A small `<select>` in the header with its accessible name in both languages; the choice is remembered, can be
 * given as `?theme=light`, and is what the export dialog offers first. It lives here, beside the store, because
 * it is view state only: the view reads {@link ScreenTheme.current} into each SceneInput.
 */
import { messages } from '../../shared/i18n/i18n.ts';
import { isThemeName, THEME_NAMES, themeOf, type Theme, type ThemeName } from '../scene/theme.ts';
import type { AppStore } from '../state/store.ts';
import { h } from './dom.ts';

const THEME_KEY = 'atenea.theme';

/** The screen's theme and its control. */
export interface ScreenTheme {
  /** The theme the screen shows now. */
  current(): Theme;
  /** Shows `name` on screen (and in the control). */
  set(name: ThemeName): void;
  readonly element: HTMLSelectElement;
}

/** The theme a page starts with: `?theme=`, else the remembered one, else dark. */
export function initialTheme(search: string, storage: Pick<Storage, 'getItem'> | null): ThemeName {
  const asked = new URLSearchParams(search).get('theme');
  if (isThemeName(asked)) return asked;
  try {
    const saved = storage?.getItem(THEME_KEY);
    if (isThemeName(saved)) return saved;
  } catch {
    /* storage may be unavailable */
  }
  return 'dark';
}

function storageOrNull(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/** Mounts the control at the end of the header's controls (or of `header`); `onChange` runs after each change. */
export function mountThemeSelect(header: HTMLElement, store: AppStore, search: string, onChange: () => void = () => undefined): ScreenTheme {
  const storage = storageOrNull();
  let name = initialTheme(search, storage);
  const select = h('select', { id: 'theme', 'data-testid': 'theme-select' }, ...THEME_NAMES.map((t) => h('option', { value: t })));
  select.value = name;
  (header.querySelector('.header-controls') ?? header).append(select);
  // The DOM chrome follows the screen's theme through <html data-theme> (chrome-theme.css).
  const root = header.ownerDocument.documentElement;
  root.dataset.theme = name;
  const screen: ScreenTheme = {
    current: () => themeOf(name),
    set(next) {
      name = next;
      select.value = next;
      root.dataset.theme = next;
      try {
        storage?.setItem(THEME_KEY, next);
      } catch {
        /* ignore */
      }
      onChange();
    },
    element: select,
  };
  select.addEventListener('change', () => {
    if (isThemeName(select.value)) screen.set(select.value);
    select.blur(); // give the keyboard back to the lecture's keys
  });
  function render(): void {
    const m = messages(store.getState().language).theme;
    select.setAttribute('aria-label', m.label);
    select.title = m.label;
    for (const o of select.options) {
      o.textContent = o.value === 'light' ? m.lightShort : m.darkShort;
      o.title = o.value === 'light' ? m.light : m.dark;
    }
  }
  render();
  store.subscribe((s) => s.language, render);
  return screen;
}
