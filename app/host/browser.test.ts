import { describe, expect, it } from 'vitest';
import { NO_BROWSER_MESSAGE, findBrowser } from './browser.ts';

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('findBrowser', () => {
  it('prefers CHROME_PATH', () => {
    expect(findBrowser({ CHROME_PATH: '/opt/chrome/chrome' }, only('/opt/chrome/chrome', '/usr/bin/chromium'))).toEqual({
      ok: true,
      path: '/opt/chrome/chrome',
    });
  });

  it('says so when CHROME_PATH is not an executable', () => {
    const found = findBrowser({ CHROME_PATH: '/opt/none' }, only('/usr/bin/chromium'));
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.error).toContain("CHROME_PATH is '/opt/none'");
  });

  it('tries chromium, chromium-browser, google-chrome, google-chrome-stable in that order', () => {
    expect(findBrowser({}, only('/usr/bin/chromium', '/usr/bin/google-chrome'))).toEqual({ ok: true, path: '/usr/bin/chromium' });
    expect(findBrowser({}, only('/usr/bin/chromium-browser', '/usr/bin/google-chrome'))).toEqual({
      ok: true,
      path: '/usr/bin/chromium-browser',
    });
    expect(findBrowser({}, only('/usr/bin/google-chrome-stable'))).toEqual({ ok: true, path: '/usr/bin/google-chrome-stable' });
  });

  it('looks in PATH after /usr/bin', () => {
    expect(findBrowser({ PATH: '/snap/bin:relative' }, only('/snap/bin/chromium'))).toEqual({ ok: true, path: '/snap/bin/chromium' });
    expect(findBrowser({ PATH: 'relative' }, only('relative/chromium')).ok).toBe(false);
  });

  it('says what to install when nothing is found', () => {
    expect(findBrowser({ PATH: '/bin' }, only())).toEqual({ ok: false, error: NO_BROWSER_MESSAGE });
    expect(NO_BROWSER_MESSAGE).toContain('apt install chromium');
  });
});
