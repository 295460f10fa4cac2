import type { SaveService } from './files.ts';

/** The part of Electron's `app` that {@link discardSavesOnExit} listens to. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/** The part of a BrowserWindow that {@link SaveDiscarder.watch} listens to. */
export interface ClosingWindow {
  on(event: 'close', listener: () => void): unknown;
}

/** What {@link discardSavesOnExit} returns: windows to watch, and the discards in flight. */
export interface SaveDiscarder {
  /** Closing `window` discards every export still being written. */
  watch(window: ClosingWindow): void;
  /** Resolves once every discard started so far has finished. */
  settled(): Promise<void>;
}

/**
 * No partial file outlives the window or the app (README "Export"): closing a window discards every export still
 * being written (`SaveService.abortAll()`), and the first `before-quit` is held back until those discards are
 * done, then the app quits for real.
 */
export function discardSavesOnExit(app: QuittingApp, saves: SaveService): SaveDiscarder {
  let pending: Promise<void> = Promise.resolve();
  const discard = (): Promise<void> => (pending = pending.then(() => saves.abortAll()).catch(() => undefined));
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    event.preventDefault();
    void discard().finally(() => {
      quitting = true;
      app.quit();
    });
  });
  return {
    watch: (window) => void window.on('close', () => void discard()),
    settled: () => pending,
  };
}
