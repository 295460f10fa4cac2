/**
 * Keys a lecturer (or a presentation clicker) uses: Space play/pause; → / PageDown next; ← / PageUp previous;
 * Home / End; R resets the camera; P shows or hides the side panel. Ignored while typing in a field. In a lesson,
 * app/renderer/lesson/lesson-mode.ts listens instead and passes on the keys that are not the lesson's.
 */
import type { AppStore } from '../state/store.ts';
import type { Unmount } from './dom.ts';

/** True when the key goes to a text field (then it is typing, not a command). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return target.type !== 'range' && target.type !== 'button' && target.type !== 'checkbox';
  return target.isContentEditable;
}

/** Handles one key; returns true when it was one of ours. */
export function handleKey(key: string, store: AppStore, now: number): boolean {
  const s = store.getState();
  switch (key) {
    case ' ':
    case 'Spacebar':
      s.setPlaying(!s.playing);
      return true;
    case 'ArrowRight':
    case 'PageDown':
      s.setPlaying(false);
      s.step(1, now);
      return true;
    case 'ArrowLeft':
    case 'PageUp':
      s.setPlaying(false);
      s.step(-1, now);
      return true;
    case 'Home':
      s.setPlaying(false);
      s.seek(0, { animate: true, now });
      return true;
    case 'End':
      s.setPlaying(false);
      s.seek(Number.MAX_SAFE_INTEGER, { animate: true, now });
      return true;
    case 'r':
    case 'R':
      s.resetCamera();
      return true;
    default:
      return false;
  }
}

/** Listens on `target` (the window). */
export function mountKeyboard(target: Window, store: AppStore, now: () => number): Unmount {
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (event.key === 'p' || event.key === 'P') {
      document.body.classList.toggle('panel-collapsed');
      event.preventDefault();
    } else if (handleKey(event.key, store, now())) event.preventDefault();
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
