/**
 * Describing a user's value in a message without echoing it: a message must stay one short line whatever
 * the input (a 1 MB string, an array nested 100,000 deep), so values are described by their type and, for
 * strings and numbers, a preview of at most {@link PREVIEW_LENGTH} characters. Nothing here recurses into
 * the value or serialises it whole.
 */

/** The most characters of a string a message quotes (before the closing quote and an ellipsis). */
const QUOTED = new Intl.NumberFormat('en', { maximumSignificantDigits: 6, useGrouping: false });

/**
 * A number as a message quotes it: integers exactly, other numbers with at most 6 significant digits
 * (0.6000000000000001 reads "0.6"), NaN in words.
 */
export function quote(value: number): string {
  if (Number.isNaN(value)) return 'a value that is not a number';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  return Number.isInteger(value) ? String(value) : QUOTED.format(value);
}

export const PREVIEW_LENGTH = 40;

/** Characters that print as nothing or as a plain space: a byte order mark, zero-width and non-breaking spaces. */
const INVISIBLE = /(?! )[\p{Cf}\p{Zs}\p{Co}]/gu;

/**
 * A string quoted as JSON, cut to {@link PREVIEW_LENGTH} characters with `…` when longer. Control characters
 * and quotes are escaped, so the result never breaks a line; invisible characters are written `\uFEFF`, so
 * `unexpected "\uFEFF"` says what a message would otherwise show as `unexpected ""`.
 */
export function previewString(text: string): string {
  const cut = text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH)}…` : text;
  return JSON.stringify(cut).replace(INVISIBLE, (c) => {
    const hex = c.codePointAt(0)!.toString(16).toUpperCase();
    return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
  });
}

/**
 * A short description of any value: `3`, `NaN`, `null`, `true`, `the string "abc"`, `an array of length 4`,
 * `an object with 2 fields`, `nothing` (undefined), or `a function` and the like.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return quote(value);
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return `the string ${previewString(value)}`;
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (value === undefined) return 'nothing';
  if (typeof value === 'object') {
    let fields = 0;
    for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key)) fields++;
    return `an object with ${fields} field${fields === 1 ? '' : 's'}`;
  }
  return `a ${typeof value}`;
}

/** Like {@link describeValue}, but a string is only its quoted preview (`"lstm"`), for fields that expect a name. */
export function describeBriefly(value: unknown): string {
  return typeof value === 'string' ? previewString(value) : describeValue(value);
}

const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * One line of text: control characters (newlines included) written as JSON escapes, and the whole cut to
 * `max` characters with `…`. The last guard of {@link ValidationError}'s message.
 */
export function oneLine(text: string, max = 2000): string {
  const escaped = text.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is this function's job
    /[\u0000-\u001f\u007f\u2028\u2029]/g,
    (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}
