/**
 * Where focus came from, for the focus ring: Chromium's `:focus-visible` also matches a slider or view that was
 * clicked once a key is pressed (Space, arrows: the lecturer's keys), which puts a blue ring on the projector.
 * The ring is meant for keyboard navigation: `<html data-focus-source="pointer|keyboard">` records whether the
 * last focus move was a pointer press or Tab, and chrome-theme.css shows `:focus-visible` only after Tab.
 */
import type { Unmount } from './dom.ts';

/** The source a key or pointer event makes the current one (null: it does not move focus). */
export function focusSourceOf(event: { type: string; key?: string }): 'pointer' | 'keyboard' | null {
  if (event.type === 'pointerdown') return 'pointer';
  if (event.type === 'keydown' && event.key === 'Tab') return 'keyboard';
  return null;
}

/** Tracks the focus source on `root` (the document element), from events on `target` (the window). */
export function mountFocusSource(target: Window, root: HTMLElement): Unmount {
  root.dataset.focusSource = 'pointer';
  const on = (event: Event) => {
    const source = focusSourceOf({ type: event.type, ...(event instanceof KeyboardEvent ? { key: event.key } : {}) });
    if (source) root.dataset.focusSource = source;
  };
  target.addEventListener('pointerdown', on, true);
  target.addEventListener('keydown', on, true);
  return () => {
    target.removeEventListener('pointerdown', on, true);
    target.removeEventListener('keydown', on, true);
  };
}
