/** The port `npm run web` and the Chromium host use when PORT is not set. */
export const DEFAULT_PORT = 4173;

/** A parsed value or one line saying what is allowed (the caller prints it and exits with status 2). */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/**
 * Parses a TCP port given as text (the PORT variable or `--port`): decimal digits only, 1 to 65535.
 * `undefined` or an empty string gives {@link DEFAULT_PORT}; `allowZero` also accepts 0 (any free port).
 */
export function parsePort(text: string | undefined, source = 'PORT', allowZero = false): Parsed<number> {
  if (text === undefined || text.trim() === '') return { ok: true, value: DEFAULT_PORT };
  const trimmed = text.trim();
  const min = allowZero ? 0 : 1;
  const value = /^\d{1,5}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isInteger(value) || value < min || value > 65535) {
    return { ok: false, error: `${source} must be a whole number from ${min} to 65535 (got '${text}').` };
  }
  return { ok: true, value };
}
