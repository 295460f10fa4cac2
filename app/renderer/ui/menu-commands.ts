/**
 * The desktop menu's commands (app/main/menu.ts) in the page: a language item switches the UI language, the
 * playback and camera items press the same key the lecturer would, so the menu and the keyboard cannot disagree.
 */
import type { AteneaHost } from '#app/shared/host-api.ts';
import type { AppStore } from '../state/store.ts';

/** The key each menu command stands for. */
const MENU_KEYS: Record<string, string> = {
  'play-pause': ' ',
  'step-forward': 'ArrowRight',
  'step-back': 'ArrowLeft',
  'first-frame': 'Home',
  'last-frame': 'End',
  'reset-camera': 'r',
};

/** Follows the host's menu commands (nothing to do without a desktop host). */
export function followMenuCommands(host: Pick<AteneaHost, 'onMenuCommand'> | null, store: AppStore, target: EventTarget = window): void {
  host?.onMenuCommand((command) => {
    if (command === 'language-es' || command === 'language-en') store.getState().setLanguage(command === 'language-es' ? 'es' : 'en');
    else if (MENU_KEYS[command]) target.dispatchEvent(new KeyboardEvent('keydown', { key: MENU_KEYS[command] }));
  });
}
