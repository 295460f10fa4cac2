// Node module hooks: `?raw` imports resolve to the file's text as the default export, as in Vite.
import { readFile } from 'node:fs/promises';

/** @type {import('node:module').ResolveHook} */
export async function resolve(specifier, context, nextResolve) {
  if (specifier.endsWith('?raw')) {
    // Resolve the path without the query (so `#shaders/…` subpath imports work too), then mark it raw.
    const resolved = await nextResolve(specifier.slice(0, -'?raw'.length), context);
    return { url: `${resolved.url}?raw`, shortCircuit: true, format: 'module' };
  }
  return nextResolve(specifier, context);
}

/** @type {import('node:module').LoadHook} */
export async function load(url, context, nextLoad) {
  if (url.endsWith('?raw')) {
    const text = await readFile(new URL(url.slice(0, -'?raw'.length)), 'utf8');
    return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
  }
  return nextLoad(url, context);
}
