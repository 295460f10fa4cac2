import { join } from 'node:path';

/** The file-system reads {@link findElectronBinary} needs (injected in tests). */
export interface ElectronFs {
  existsSync(path: string): boolean;
  readFileSync(path: string, encoding: 'utf8'): string;
}

/** How a user with internet access fetches Electron's binary (printed once when it is missing). */
export const ELECTRON_INSTALL_HINT = 'with internet access, fetch it with: node node_modules/electron/install.js';

/**
 * The path of Electron's executable when it is really there, else `undefined`. This reads what
 * `require('electron')` reads (node_modules/electron/path.txt, the binary under dist/, or
 * ELECTRON_OVERRIDE_DIST_PATH) without calling it: electron 45's `require('electron')` tries to *download* the
 * binary when it is missing, which hangs or fails on a machine without internet.
 */
export function findElectronBinary(electronDir: string, env: Readonly<Record<string, string | undefined>>, fs: ElectronFs): string | undefined {
  const pathFile = join(electronDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  const candidate = override ? join(override, relative || 'electron') : relative ? join(electronDir, 'dist', relative) : undefined;
  return candidate !== undefined && fs.existsSync(candidate) ? candidate : undefined;
}
