/**
 * The presenter view in Electron (README "Giving a lecture"): a second BrowserWindow on the same `app://atenea`
 * origin (so the BroadcastChannel of the presenter view links it to the audience window), hardened like the
 * main one. With a second display, the audience window goes full screen on the projector (a display other than
 * the primary) and the presenter window opens on the primary display, the lecturer's own screen.
 */
import { BrowserWindow } from 'electron';
import { GPU_MODE_ARGUMENT_PREFIX } from '../shared/ipc/channels.ts';
import type { GpuMode } from '../shared/ipc/gpu-mode.ts';
import { APP_URL, hardenWebContents, secureWebPreferences } from './security.ts';
import { WINDOW_BACKGROUND } from './windows.ts';

/** A display's id and work area, as Electron's `screen` gives them. */
export interface DisplayArea {
  readonly id: number;
  readonly workArea: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

/** Where each window goes: the presenter's display, and the projector's (null with one display). */
export function placeWindows(displays: readonly DisplayArea[], primaryId: number): { presenter: DisplayArea | null; projector: DisplayArea | null } {
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0] ?? null;
  const projector = displays.find((d) => d !== primary) ?? null;
  return { presenter: primary, projector };
}

/** The presenter page's URL: `?presenter=1&lesson=<id>&lang=<language>` (plus `e2e=1` under --e2e). */
export function presenterWindowUrl(lessonId: string, language: 'es' | 'en', e2e: boolean): string {
  const q = new URLSearchParams({ presenter: '1', lesson: lessonId, lang: language });
  if (e2e) q.set('e2e', '1');
  return `${APP_URL}?${q.toString()}`;
}

/** What the presenter window needs from main. */
export interface PresenterWindowParts {
  readonly preload: string;
  readonly gpu: GpuMode;
  readonly e2e: boolean;
  readonly displays: readonly DisplayArea[];
  readonly primaryId: number;
  /** The audience window (moved to the projector, full screen, when there is one). */
  readonly audience: Pick<BrowserWindow, 'setBounds' | 'setFullScreen'> | null;
}

/** Opens (or, when one is open, focuses) the presenter window. */
export function createPresenterOpener(parts: () => PresenterWindowParts): (lessonId: string, language: 'es' | 'en') => boolean {
  let open: BrowserWindow | null = null;
  return (lessonId, language) => {
    if (open && !open.isDestroyed()) {
      open.focus();
      return true;
    }
    const p = parts();
    const { presenter, projector } = placeWindows(p.displays, p.primaryId);
    const area = presenter?.workArea;
    const window = new BrowserWindow({
      ...(area
        ? { x: area.x + 40, y: area.y + 40, width: Math.min(1200, area.width - 80), height: Math.min(800, area.height - 80) }
        : { width: 1200, height: 800 }),
      title: 'Atenea',
      backgroundColor: WINDOW_BACKGROUND,
      autoHideMenuBar: true,
      webPreferences: secureWebPreferences(p.preload, [`${GPU_MODE_ARGUMENT_PREFIX}${p.gpu}`]),
    });
    hardenWebContents(window.webContents);
    void window.loadURL(presenterWindowUrl(lessonId, language, p.e2e));
    // Closing the presenter leaves the audience window as it is (nothing else listens for this window).
    window.on('closed', () => (open = null));
    if (projector && p.audience) {
      p.audience.setBounds(projector.workArea);
      p.audience.setFullScreen(true);
    }
    open = window;
    return true;
  };
}
