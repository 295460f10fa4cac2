// tfjs-core's ES module files (dist/*.js, where its gradients live) import siblings without an extension
// ('./gradients' beside a gradients/ folder), which Node's ES loader refuses; this hook retries such an import
// inside @tensorflow with '.js' added. train/main.ts registers it before loading the trainers.
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    const inside = context.parentURL?.includes('/@tensorflow/') && specifier.startsWith('.') && !specifier.endsWith('.js');
    if (!inside) throw error;
    return next(`${specifier}.js`, context);
  }
}
