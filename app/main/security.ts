import { shell, type Session, type WebContents, type WebPreferences } from 'electron';

/** The custom scheme the renderer is served from, and its single host: pages live at `app://atenea/…`. */
export const APP_SCHEME = 'app';
/** The host part of every renderer URL. */
export const APP_HOST = 'atenea';
/** The renderer's entry page. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** External pages the app may open in the system browser: the lecture's article and the papers it draws on. */
export const EXTERNAL_ALLOWLIST: readonly string[] = [
  'https://distill.pub/2016/augmented-rnns/',
  'https://arxiv.org/abs/1410.5401', // Graves, Wayne, Danihelka 2014: Neural Turing Machines
  'https://arxiv.org/abs/1409.0473', // Bahdanau, Cho, Bengio 2014: attention
  'https://arxiv.org/abs/1603.08983', // Graves 2016: Adaptive Computation Time
  'https://arxiv.org/abs/1511.04834', // Neelakantan, Le, Sutskever 2015: Neural Programmer
  'https://arxiv.org/abs/1706.03762', // Vaswani et al. 2017: Attention is all you need
];

/** True when `url` is one of {@link EXTERNAL_ALLOWLIST} (exact https URL, an optional `#fragment` allowed). */
export function isAllowedExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > 2048) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return false;
  const withoutHash = `${parsed.origin}${parsed.pathname}${parsed.search}`;
  return EXTERNAL_ALLOWLIST.includes(withoutHash);
}

/** True when `url` is a page of the app itself (`app://atenea/…`); Node's URL gives no origin for custom schemes. */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * The webPreferences of every window, as the README's "Security" says: sandboxed renderer, context
 * isolation, no Node integration, web security on, no webviews, and the preload as the only bridge.
 * `additionalArguments` reach the sandboxed preload's `process.argv` (how it learns the GPU mode).
 */
export function secureWebPreferences(preload: string, additionalArguments: readonly string[] = []): WebPreferences {
  return {
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    additionalArguments: [...additionalArguments],
  };
}

/**
 * Locks down one WebContents: no navigation away from the loaded page, no new windows (allow-listed https links go
 * to the system browser instead), no webviews. Applied to every WebContents the app creates.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Refuses every permission request and check (camera, microphone, notifications, geolocation, …). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
