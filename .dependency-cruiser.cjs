/**
 * The layer rules of the README's "Layout" section, checked by `npm run lint:deps` (part of `npm test`):
 * core/ is DOM-free and Node-free and imports nothing from app/; app/main and app/host share code only through
 * app/node and app/shared; the renderer stays out of the Node side; no module imports itself through a circle.
 * scripts/dependency-rules.test.ts shows each rule failing on a fixture.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'core-not-to-app',
      comment: 'core/ is the DOM-free, Node-free layer: it imports nothing from app/ (app uses core, never the reverse).',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: '^app/' },
    },
    {
      name: 'core-not-to-node',
      comment: 'core/ runs in the browser and in Node alike: no Node built-ins outside its tests.',
      severity: 'error',
      from: { path: '^core/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-not-to-platform',
      comment: 'core/ sees no three, no Electron, no Dawn and no Playwright: hosts hand it a GPUDevice.',
      severity: 'error',
      from: { path: '^core/' },
      // Resolved into node_modules, or a bare name left unresolved (three's export map).
      to: { path: '(^|node_modules/)(three|electron|webgpu|@playwright/test)(/|$)' },
    },
    {
      name: 'main-not-to-host',
      comment: 'Electron main and the Chromium host share code only through app/node and app/shared.',
      severity: 'error',
      from: { path: '^app/main/' },
      to: { path: '^app/host/' },
    },
    {
      name: 'host-not-to-main',
      comment: 'The Chromium host and Electron main share code only through app/node and app/shared.',
      severity: 'error',
      from: { path: '^app/host/' },
      to: { path: '^app/main/' },
    },
    {
      name: 'renderer-not-to-node-side',
      comment: 'The renderer is a sandboxed page: it imports nothing from main, host, node or the command.',
      severity: 'error',
      from: { path: '^app/renderer/' },
      to: { path: '^app/(main|host|node|cli)/' },
    },
    {
      name: 'main-not-to-renderer',
      comment: 'Electron main talks to the renderer over IPC (app/shared/ipc), never by importing it.',
      severity: 'error',
      from: { path: '^app/main/' },
      to: { path: '^app/renderer/' },
    },
    {
      name: 'no-circular',
      comment: 'No module imports itself through a circle of imports.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|^scripts/dependency-rules-fixture/' },
    // Type-only imports count: a layer that needs another's types depends on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
  },
};
