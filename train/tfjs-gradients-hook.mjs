// tfjs-core 4.22 ships its gradient functions only in its per-file ES modules (dist/*.js), not in the CommonJS
// bundle Node picks by default, and those modules import without file extensions (`../gradients` names both
// gradients.js and the gradients/ folder). This resolve hook, registered by train/main.ts, makes Node load one
// copy of tfjs: the bare package names go to the ES entry points, and a failed extensionless import inside
// @tensorflow/*/dist is retried as `<name>.js`.
const ES_ENTRIES = {
  '@tensorflow/tfjs-core': '@tensorflow/tfjs-core/dist/index.js',
  '@tensorflow/tfjs-backend-cpu': '@tensorflow/tfjs-backend-cpu/dist/index.js',
};

export async function resolve(specifier, context, nextResolve) {
  const entry = ES_ENTRIES[specifier];
  if (entry) return nextResolve(entry, context);
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const inTfjs = /\/@tensorflow\/tfjs-[a-z-]+\/dist\//.test(context.parentURL ?? '');
    if (inTfjs && specifier.startsWith('.') && !specifier.endsWith('.js')) return nextResolve(`${specifier}.js`, context);
    throw error;
  }
}
