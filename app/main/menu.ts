import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/channels.ts';
import { menuWords, type MenuLanguage } from './menu-words.ts';

/** What menu items do outside the menu (injected so the template is testable). */
export interface MenuActions {
  /** Sends a command to the focused window's renderer over `menu:command`. */
  send(command: MenuCommand): void;
  /** Opens the Distill article in the system browser. */
  openArticle(): void;
  /** Whether developer items (reload, DevTools) are shown: only with `--dev`. */
  readonly developer: boolean;
}

/**
 * An item that shows the page's own key but does not register it: the renderer handles the key itself
 * (Space, arrows, R), so the menu must not swallow it; clicking the item sends the same command.
 */
function command(label: string, key: string, name: MenuCommand, actions: MenuActions): MenuItemConstructorOptions {
  return { label, accelerator: key, registerAccelerator: false, click: () => actions.send(name) };
}

/**
 * The application menu in the UI language: the usual roles (labelled in that language) plus View and Playback
 * commands sent to the renderer. The language items keep their own names (Español, English).
 */
export function buildMenuTemplate(actions: MenuActions, platform: string = process.platform, language: MenuLanguage = 'en'): MenuItemConstructorOptions[] {
  const w = menuWords(language);
  const mac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) template.push({ role: 'appMenu' });
  template.push({ label: w.file, submenu: [mac ? { role: 'close', label: w.close } : { role: 'quit', label: w.quit }] });
  template.push({
    role: 'editMenu',
    label: w.edit,
    submenu: [
      { role: 'undo', label: w.undo },
      { role: 'redo', label: w.redo },
      { type: 'separator' },
      { role: 'cut', label: w.cut },
      { role: 'copy', label: w.copy },
      { role: 'paste', label: w.paste },
      { role: 'selectAll', label: w.selectAll },
    ],
  });
  const developer: MenuItemConstructorOptions[] = actions.developer
    ? [{ type: 'separator' }, { role: 'reload', label: w.reload }, { role: 'toggleDevTools', label: w.devTools }]
    : [];
  template.push({
    label: w.view,
    submenu: [
      command(w.resetCamera, 'R', 'reset-camera', actions),
      { type: 'separator' },
      { label: 'Español', type: 'radio', checked: language === 'es', click: () => actions.send('language-es') },
      { label: 'English', type: 'radio', checked: language === 'en', click: () => actions.send('language-en') },
      { type: 'separator' },
      { role: 'resetZoom', label: w.resetZoom },
      { role: 'zoomIn', label: w.zoomIn },
      { role: 'zoomOut', label: w.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: w.fullscreen },
      ...developer,
    ],
  });
  template.push({
    label: w.playback,
    submenu: [
      command(w.playPause, 'Space', 'play-pause', actions),
      command(w.stepForward, 'Right', 'step-forward', actions),
      command(w.stepBack, 'Left', 'step-back', actions),
      command(w.firstFrame, 'Home', 'first-frame', actions),
      command(w.lastFrame, 'End', 'last-frame', actions),
    ],
  });
  template.push({
    role: 'windowMenu',
    label: w.window,
    submenu: [
      { role: 'minimize', label: w.minimize },
      { role: 'close', label: w.close },
    ],
  });
  template.push({ role: 'help', label: w.help, submenu: [{ label: w.article, click: () => actions.openArticle() }] });
  return template;
}
