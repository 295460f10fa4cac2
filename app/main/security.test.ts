import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn(async () => {});
vi.mock('electron', () => ({ shell: { openExternal } }));

const { APP_URL, denyAllPermissions, hardenWebContents, isAllowedExternalUrl, isAppUrl, secureWebPreferences } = await import('./security.ts');

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
}

function fire(contents: FakeContents, name: string, ...args: unknown[]): { prevented: boolean } {
  const event = {
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
  contents.emit(name, event, ...args);
  return event;
}

beforeEach(() => openExternal.mockClear());

describe('secureWebPreferences', () => {
  it("is sandboxed and isolated, without Node, with web security, as the README's Security section says", () => {
    const prefs = secureWebPreferences('/out/preload/index.cjs', ['--atenea-gpu=cpu']);
    expect(prefs).toMatchObject({
      preload: '/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs.additionalArguments).toEqual(['--atenea-gpu=cpu']);
  });
});

describe('hardenWebContents', () => {
  it('denies every navigation, including to app:// itself', () => {
    const contents = new FakeContents();
    hardenWebContents(contents as never);
    expect(fire(contents, 'will-navigate', 'https://evil.example/').prevented).toBe(true);
    expect(fire(contents, 'will-navigate', 'file:///etc/passwd').prevented).toBe(true);
    expect(fire(contents, 'will-navigate', APP_URL).prevented).toBe(true);
  });

  it('denies redirects away from app:// and webviews', () => {
    const contents = new FakeContents();
    hardenWebContents(contents as never);
    expect(fire(contents, 'will-redirect', 'https://evil.example/').prevented).toBe(true);
    expect(fire(contents, 'will-redirect', 'app://atenea/index.html').prevented).toBe(false);
    expect(fire(contents, 'will-attach-webview', {}, {}).prevented).toBe(true);
  });

  it('denies every new window, sending only allow-listed links to the system browser', () => {
    const contents = new FakeContents();
    hardenWebContents(contents as never);
    expect(contents.openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(contents.openHandler!({ url: 'https://distill.pub/2016/augmented-rnns/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://distill.pub/2016/augmented-rnns/');
  });
});

describe('isAllowedExternalUrl', () => {
  it.each(['https://distill.pub/2016/augmented-rnns/', 'https://distill.pub/2016/augmented-rnns/#attentional-interfaces', 'https://arxiv.org/abs/1410.5401'])(
    'allows %s',
    (url) => {
      expect(isAllowedExternalUrl(url)).toBe(true);
    },
  );
  it.each([
    'http://distill.pub/2016/augmented-rnns/',
    'https://distill.pub/2016/augmented-rnns/../../evil',
    'https://distill.pub.evil.example/2016/augmented-rnns/',
    'https://user@distill.pub/2016/augmented-rnns/',
    'https://distill.pub:444/2016/augmented-rnns/',
    'https://arxiv.org/abs/1410.5401?x=1',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
    42,
    undefined,
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('accepts app://atenea pages only', () => {
    expect(isAppUrl('app://atenea/index.html?e2e=1')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('http://127.0.0.1:4173/')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl(null)).toBe(false);
  });
});

describe('denyAllPermissions', () => {
  it('refuses every permission request and check', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal']) {
      const callback = vi.fn();
      request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!({}, permission, 'app://atenea')).toBe(false);
    }
  });
});
