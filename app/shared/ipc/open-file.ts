/**
 * "Abrir…" in Electron (README "Giving a lecture"): main shows the open dialog, reads the chosen file (size-capped)
 * and validates it as a lesson or a scenario; the renderer never sends a path. This is what comes back.
 */

/** A file read and validated by main, its one-line refusal, or null when the user cancelled the dialog. */
export type OpenFileResult =
  | { readonly ok: true; readonly name: string; readonly text: string; readonly kind: 'lesson' | 'scenario' }
  | { readonly ok: false; readonly error: string }
  | null;

/** True for a well-formed {@link OpenFileResult} (the preload passes nothing else to the page). */
export function isOpenFileResult(value: unknown): value is OpenFileResult {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  if (v.ok === false) return typeof v.error === 'string';
  return v.ok === true && typeof v.name === 'string' && typeof v.text === 'string' && (v.kind === 'lesson' || v.kind === 'scenario');
}
