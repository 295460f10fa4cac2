/**
 * The Content Security Policy of the README's "Security", sent as a response header by both hosts:
 * the `app://` protocol handler of Electron main and the loopback server of the Chromium host / `npm run web`.
 * three needs no eval; mediabunny uses blob: workers; lil-gui runs with `injectStyles: false` so styles stay 'self'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Headers every static response of either host carries: the CSP, no MIME sniffing, no referrer, and no caching
 * (a rebuilt renderer must show at once; the files are local so caching buys nothing).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
});
