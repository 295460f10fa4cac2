import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

/**
 * electron-vite builds the three parts of the desktop app into out/:
 * main (Node, Electron main process), preload (CommonJS, as a sandboxed preload requires) and the renderer
 * (the web app, also served as-is by the Chromium host and `npm run web`).
 */
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      lib: { entry: resolve(root, 'app/main/index.ts'), formats: ['es'] },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      lib: { entry: resolve(root, 'app/preload/index.ts'), formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(root, 'app/renderer'),
    base: './',
    resolve: {
      // Keep three's WebGL-only renderer out of the bundle: three/webgpu carries WebGPU and its WebGL2 fallback.
      alias: [{ find: /^three$/, replacement: 'three/webgpu' }],
    },
    build: {
      outDir: resolve(root, 'out/renderer'),
      target: 'es2023',
      // Fonts are served as files, never inlined as data: URLs (KaTeX's small woff2 files would be): the CSP's
      // font-src is 'self'. Other small assets keep Vite's default inlining.
      assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
      rollupOptions: { input: resolve(root, 'app/renderer/index.html') },
    },
  },
});
