/**
 * What the page knows about its host: Electron (through the preload's `window.ateneaHost`, typed by
 * app/shared/host-api.ts) or a plain browser (the Chromium host, `npm run web`), where the host's choices
 * arrive only in the URL query.
 */
import type { AteneaHost } from '../../shared/host-api.ts';

/** The preload API when running in Electron, else null. */
export function hostBridge(): AteneaHost | null {
  return typeof window !== 'undefined' && window.ateneaHost ? window.ateneaHost : null;
}

/** Whether test hooks are on: `?e2e=1` in the URL (Electron's `--e2e` loads the page with it). */
export function e2eEnabled(search: string): boolean {
  return new URLSearchParams(search).get('e2e') === '1';
}
