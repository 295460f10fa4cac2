/**
 * An equation too wide for the narration panel at lecture size, as lines that can wrap: the rows of an `aligned`
 * environment become lines of their own (a row that continues the one above starts with its relation, `= …`),
 * and each line gets break points where a lecturer would break it. KaTeX breaks inline math after relations and
 * binary operators (`=`, `+`) and at `\allowbreak`, but never inside an environment or a `\left…\right` group.
 */

/** Splits `body` at the `separator` occurrences outside nested `\begin…\end` environments and braces. */
function splitTopLevel(body: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body.startsWith('\\begin{', i)) depth++;
    else if (body.startsWith('\\end{', i)) depth--;
    else if (body[i] === '\\' && (body[i + 1] === '{' || body[i + 1] === '}')) i++;
    else if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (depth === 0 && body.startsWith(separator, i)) {
      parts.push(body.slice(start, i));
      start = i + separator.length;
      i = start - 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/**
 * `tex` with break points: after each comma of a bracketed list (`\left[ … \right]` and `\left( … \right)` become
 * plain brackets, which can break). Environments inside (`cases`) stay as they are.
 */
export function breakableTex(tex: string): string {
  return tex
    .replace(/\\left([[(])/g, '$1')
    .replace(/\\right([\])])/g, '$1')
    .replace(/,\\ (?!\\allowbreak)/g, ',\\ \\allowbreak ');
}

/** The lines of `tex` to set one under the other, each breakable (see the module comment). */
export function equationLines(tex: string): string[] {
  const m = /^\s*\\begin\{aligned\}([\s\S]*)\\end\{aligned\}\s*$/.exec(tex);
  if (!m) return [breakableTex(tex.trim())];
  return splitTopLevel(m[1]!, '\\\\')
    .map((row) => splitTopLevel(row, '&').join(' ').replace(/\s+/g, ' ').trim())
    .filter((row) => row !== '')
    .map(breakableTex);
}
