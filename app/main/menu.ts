import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/channels.ts';

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

/** The application menu: the usual roles plus View and Playback commands sent to the renderer. */
export function buildMenuTemplate(actions: MenuActions, platform: string = process.platform): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) template.push({ role: 'appMenu' });
  template.push({ label: 'File', submenu: [mac ? { role: 'close' } : { role: 'quit' }] });
  template.push({ role: 'editMenu' });
  template.push({
    label: 'View',
    submenu: [
      command('Reset camera', 'R', 'reset-camera', actions),
      { type: 'separator' },
      { label: 'Español', click: () => actions.send('language-es') },
      { label: 'English', click: () => actions.send('language-en') },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(actions.developer ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : []),
    ],
  });
  template.push({
    label: 'Playback',
    submenu: [
      command('Play / pause', 'Space', 'play-pause', actions),
      command('Step forward', 'Right', 'step-forward', actions),
      command('Step back', 'Left', 'step-back', actions),
      command('First frame', 'Home', 'first-frame', actions),
      command('Last frame', 'End', 'last-frame', actions),
    ],
  });
  template.push({ role: 'windowMenu' });
  template.push({ role: 'help', submenu: [{ label: 'Attention and Augmented RNNs (Distill)', click: () => actions.openArticle() }] });
  return template;
}
