/** A tiny DOM helper: `h('button', { 'data-testid': 'play' }, 'Play')`. No inline styles (the CSP forbids them). */

/** Creates an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...children);
  return el;
}

/** A view module's mount: fills `el`, returns the function that unsubscribes it. */
export type Unmount = () => void;
