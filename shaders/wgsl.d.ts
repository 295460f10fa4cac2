/** WGSL sources are imported as strings: `import src from './x.wgsl?raw'` (Vite, Vitest, and Node through scripts/register-loaders.mjs). */
declare module '*.wgsl?raw' {
  const source: string;
  export default source;
}
