import { delimiter, isAbsolute, join } from 'node:path';

/** Browser executables the Chromium host tries, in order, after $CHROME_PATH. */
export const BROWSER_NAMES: readonly string[] = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** What to install when no browser is found (printed in one line; `npm start` then exits with status 3). */
export const NO_BROWSER_MESSAGE =
  'Neither Electron nor Chromium/Chrome was found: install Chromium (Debian/Ubuntu: apt install chromium) or set CHROME_PATH to a Chrome or Chromium executable.';

/** The result of {@link findBrowser}. */
export type BrowserLookup = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly error: string };

/**
 * Finds a Chromium or Chrome executable: $CHROME_PATH when set (it must exist), else /usr/bin/<name> and then each
 * PATH folder for the names of {@link BROWSER_NAMES}.
 */
export function findBrowser(env: Readonly<Record<string, string | undefined>>, isExecutable: (path: string) => boolean): BrowserLookup {
  const chromePath = env['CHROME_PATH'];
  if (chromePath !== undefined && chromePath !== '') {
    if (isAbsolute(chromePath) && isExecutable(chromePath)) return { ok: true, path: chromePath };
    return {
      ok: false,
      error: `CHROME_PATH is '${chromePath}', which is not an executable file (give an absolute path to Chrome or Chromium).`,
    };
  }
  const folders = ['/usr/bin', ...(env['PATH'] ?? '').split(delimiter).filter((folder) => isAbsolute(folder) && folder !== '/usr/bin')];
  for (const name of BROWSER_NAMES) {
    for (const folder of folders) {
      const path = join(folder, name);
      if (isExecutable(path)) return { ok: true, path };
    }
  }
  return { ok: false, error: NO_BROWSER_MESSAGE };
}
