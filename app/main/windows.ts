import { BrowserWindow } from 'electron';
import { GPU_MODE_ARGUMENT_PREFIX } from '../shared/ipc/channels.ts';
import { rendererQuery, type GpuMode } from '../shared/ipc/gpu-mode.ts';
import { APP_URL, hardenWebContents, secureWebPreferences } from './security.ts';

/** The window's background before the first frame: the renderer's dark theme, so nothing flashes white. */
export const WINDOW_BACKGROUND = '#0b0d12';

/** What the main window needs to know. */
export interface MainWindowOptions {
  /** Absolute path of out/preload/index.cjs. */
  readonly preload: string;
  /** The GPU mode the app started with (passed to the preload and the page's query). */
  readonly gpu: GpuMode;
  /** Load the page with `?e2e=1`. */
  readonly e2e: boolean;
  /** Absolute path of the window icon (out/renderer/icon.png, drawn from app/renderer/public/icon.svg). */
  readonly icon?: string;
}

/** The URL the main window loads: `app://atenea/index.html` plus the host's query (`?e2e=1`, `?gpu=`). */
export function mainWindowUrl(options: Pick<MainWindowOptions, 'gpu' | 'e2e'>): string {
  return `${APP_URL}${rendererQuery(options)}`;
}

/** The BrowserWindow options of the main window (hardened webPreferences, dark background, title "Atenea"). */
export function mainWindowOptions(options: MainWindowOptions): Electron.BrowserWindowConstructorOptions {
  return {
    width: 1600,
    height: 1000,
    minWidth: 960,
    minHeight: 600,
    title: 'Atenea',
    backgroundColor: WINDOW_BACKGROUND,
    show: false,
    autoHideMenuBar: false,
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: secureWebPreferences(options.preload, [`${GPU_MODE_ARGUMENT_PREFIX}${options.gpu}`]),
  };
}

/** Creates, hardens and loads the main window; it shows once the first frame is ready. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options));
  hardenWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(mainWindowUrl(options));
  return window;
}
