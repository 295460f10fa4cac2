/**
 * The presentation layout (F / F5; Esc leaves): full screen with the chrome hidden (the `presenting` class on
 * the body; styles.css), and the side panel collapse (P; the `panel-collapsed` class). Full screen may be
 * refused (no user gesture, a host without it): the layout still changes, and Esc leaves it.
 */

/** Switches the presentation layout. */
export interface Presentation {
  isOn(): boolean;
  toggle(): void;
  leave(): void;
}

/** Creates the switch for `doc` (the page's document). */
export function createPresentation(doc: Document = document): Presentation {
  const body = doc.body;
  const set = (on: boolean) => body.classList.toggle('presenting', on);
  doc.addEventListener('fullscreenchange', () => {
    if (!doc.fullscreenElement) set(false); // Esc (or the host) left full screen
  });
  const presentation: Presentation = {
    isOn: () => body.classList.contains('presenting'),
    toggle() {
      if (presentation.isOn()) return presentation.leave();
      set(true);
      doc.documentElement.requestFullscreen?.().catch(() => undefined);
    },
    leave() {
      set(false);
      if (doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
    },
  };
  return presentation;
}

/** Shows or hides the side panel (the 3D view takes its room). */
export function togglePanel(doc: Document = document): void {
  doc.body.classList.toggle('panel-collapsed');
}
