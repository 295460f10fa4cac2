/**
 * The module selector (data-testid `module-select`): which chapter of the lecture the app shows. The smallest
 * switch that keeps every panel simple: choosing a module reloads the page with `?module=<id>` (keeping the
 * other query parameters, with `lang` set to the current language), so each chapter starts from a fresh store,
 * view and controller. Its accessible name is given in both languages.
 */
import type { ModuleId } from '#core/trace/trace.ts';
import { messages, type Language, type Messages } from '../../shared/i18n/i18n.ts';
import type { AppStore } from '../state/store.ts';
import { h, type Unmount } from './dom.ts';

/** The selector's accessible name in each language. */
export const MODULE_LABEL: Readonly<Record<Language, string>> = { es: 'Módulo', en: 'Module' };

/** A module the selector offers. */
export interface ModuleOption {
  readonly id: ModuleId;
  title(messages: Messages): string;
}

/** The module named by `?module=` when it is one of `known`, else the first of `known`. */
export function moduleFromSearch(search: string, known: readonly ModuleId[]): ModuleId {
  const wanted = new URLSearchParams(search).get('module');
  return known.find((id) => id === wanted) ?? known[0]!;
}

/** The query string that opens `module` in `language`, keeping the other parameters of `search`. */
export function searchForModule(search: string, module: ModuleId, language: Language): string {
  const params = new URLSearchParams(search);
  params.set('module', module);
  params.set('lang', language);
  return `?${params.toString()}`;
}

/** Mounts the selector at the start of the header's controls (or of `header`); `navigate` loads a new query. */
export function mountModuleSelect(
  header: HTMLElement,
  store: AppStore,
  current: ModuleId,
  modules: readonly ModuleOption[],
  navigate: (search: string) => void = (search) => location.assign(search),
): Unmount {
  const label = h('label', { for: 'module', class: 'field-label' });
  const select = h('select', { id: 'module', 'data-testid': 'module-select' }, ...modules.map((m) => h('option', { value: m.id })));
  select.value = current;
  const controls = header.querySelector('.header-controls') ?? header;
  controls.prepend(label, select);
  select.addEventListener('change', () => {
    if (select.value !== current) navigate(searchForModule(location.search, select.value as ModuleId, store.getState().language));
  });
  function render(): void {
    const language = store.getState().language;
    const m = messages(language);
    label.textContent = MODULE_LABEL[language];
    select.setAttribute('aria-label', MODULE_LABEL[language]);
    [...select.options].forEach((o, i) => (o.textContent = modules[i]!.title(m)));
  }
  render();
  return store.subscribe((s) => s.language, render);
}
