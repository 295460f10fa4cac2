/**
 * The file menu in the header (README "Giving a lecture"): Abrir… (in Electron main's open dialog, which reads and
 * validates the file; in the browser hosts a file input), Guardar escenario como…,
 * Guardar lección como…, and a `.json` dropped anywhere on the window. An opened file is validated first
 * (core/lesson/open-file.ts); a bad one gets a one-line message naming the field and what is allowed, and what
 * is on screen stays. A good one opens on its own page (opened-file.ts).
 */
import type { ModuleId } from '#core/trace/trace.ts';
import { MAX_INPUT_BYTES } from '#core/scenario/input-limits.ts';
import { jsonFileText, lessonFileName, readAteneaFile } from '#core/lesson/open-file.ts';
import type { Lesson } from '#core/lesson/lesson.ts';
import type { OpenFileResult } from '../../shared/host-api.ts';
import { format, messages } from '../../shared/i18n/i18n.ts';
import type { AppStore } from '../state/store.ts';
import { h } from '../ui/dom.ts';
import { keepOpened, openedSearch, type HandoverStorage } from './opened-file.ts';

/** What the menu needs from the app. */
export interface FileMenuParts {
  readonly header: HTMLElement;
  readonly store: AppStore;
  /** The lesson on screen, or null outside lecture mode. */
  readonly lesson: () => Lesson | null;
  /** The scenario on screen (with the parameters as edited). */
  readonly scenario: () => { readonly module: ModuleId; readonly json: unknown };
  /** Writes a file; resolves to the saved name, or null when cancelled. */
  readonly save: (name: string, text: string) => Promise<string | null>;
  readonly storage: HandoverStorage | null;
  /** Electron: main's open dialog (AteneaHost.openFile); absent in the browser hosts, which use the file input. */
  readonly pick?: () => Promise<OpenFileResult>;
  readonly navigate?: (search: string) => void;
}

/** Mounts the menu; returns the function that opens a file (also used by the drop). */
export function mountFileMenu(parts: FileMenuParts): (file: File) => Promise<void> {
  const { store } = parts;
  const navigate = parts.navigate ?? ((s: string) => location.assign(s));
  const input = h('input', { type: 'file', accept: '.json,application/json', 'data-testid': 'file-input', hidden: '' });
  const open = h('button', { type: 'button', 'data-testid': 'file-open' });
  const saveScenario = h('button', { type: 'button', 'data-testid': 'file-save-scenario' });
  const saveLesson = h('button', { type: 'button', 'data-testid': 'file-save-lesson' });
  const status = h('p', { class: 'file-status', role: 'alert', 'data-testid': 'file-status' });
  status.hidden = true;
  const menu = h(
    'details',
    { class: 'file-menu', 'data-testid': 'file-menu' },
    h('summary', {}),
    h('div', { class: 'file-menu-items' }, open, saveScenario, saveLesson),
    input,
  );
  // With the other header controls, so they wrap (or not) as one row.
  (parts.header.querySelector('.header-controls') ?? parts.header).append(menu);
  document.body.append(status);

  const say = (text: string, error: boolean) => {
    status.textContent = text;
    status.classList.toggle('error', error);
    status.hidden = false;
    if (!error) setTimeout(() => (status.hidden = status.textContent !== text), 6000);
  };
  const render = () => {
    const m = messages(store.getState().language).lesson.files;
    menu.querySelector('summary')!.textContent = m.menu;
    open.textContent = m.open;
    saveScenario.textContent = m.saveScenario;
    saveLesson.textContent = m.saveLesson;
    saveLesson.disabled = parts.lesson() === null;
  };
  const m = () => messages(store.getState().language).lesson.files;

  const refuse = (error: unknown) => say(format(m().bad, { message: error instanceof Error ? error.message : String(error) }), true);
  /** Validates the text (again, for main's answer) and opens it on its own page; a bad one leaves the page as it is. */
  function openText(name: string, text: string, bytes?: number): void {
    const opened = readAteneaFile(name, text, bytes);
    keepOpened(parts.storage, name, text);
    navigate(openedSearch(location.search, opened));
  }
  async function openFile(file: File): Promise<void> {
    try {
      if (file.size > MAX_INPUT_BYTES) throw new Error(`${file.name}: larger than 64 MiB; allowed: at most 64 MiB of JSON`);
      openText(file.name, await file.text(), file.size);
    } catch (error) {
      refuse(error);
    }
  }
  async function pickAndOpen(pick: () => Promise<OpenFileResult>): Promise<void> {
    try {
      const answer = await pick();
      if (answer === null) return; // cancelled
      if (answer.ok) openText(answer.name, answer.text);
      else say(format(m().bad, { message: answer.error }), true);
    } catch (error) {
      refuse(error);
    }
  }
  async function save(name: string, value: unknown): Promise<void> {
    menu.open = false;
    try {
      const saved = await parts.save(name, jsonFileText(value));
      if (saved) say(format(m().saved, { name: saved }), false);
    } catch (error) {
      say(format(m().failed, { message: error instanceof Error ? error.message : String(error) }), true);
    }
  }

  open.addEventListener('click', () => {
    menu.open = false;
    if (parts.pick) void pickAndOpen(parts.pick);
    else input.click();
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void openFile(file);
  });
  saveScenario.addEventListener('click', () => {
    const { module, json } = parts.scenario();
    void save(`${module}-scenario.json`, json);
  });
  saveLesson.addEventListener('click', () => {
    const lesson = parts.lesson();
    if (lesson) void save(lessonFileName(lesson), lesson);
  });
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) void openFile(file);
  });
  store.subscribe((s) => s.language, render);
  render();
  return openFile;
}
