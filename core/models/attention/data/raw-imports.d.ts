/** The attention data files are imported as text: `import csv from './x.csv?raw'` (Vite, Vitest, and Node through scripts/register-loaders.mjs). */
declare module '*.csv?raw' {
  const text: string;
  export default text;
}
