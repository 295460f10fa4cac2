/**
 * WGSL composition and checked compilation. Shared WGSL lives in `shaders/common/` and is composed by
 * concatenation (the webgpu-samples pattern): `composeWgsl(workgroupIndexWgsl, reduceWgsl)`.
 */

/** A WGSL module failed to compile; `message` lists Dawn's (or the browser's) errors with line and column. */
export class WgslCompileError extends Error {
  override readonly name = 'WgslCompileError';
}

/** Joins WGSL sources in order (shared helpers first). */
export function composeWgsl(...sources: readonly string[]): string {
  return sources.join('\n');
}

/**
 * Creates a shader module and waits for its compilation messages; throws {@link WgslCompileError} naming
 * the label, line, column and text of every error, so a broken shader fails loudly in tests and at start-up.
 */
export async function createCheckedShaderModule(device: GPUDevice, code: string, label: string): Promise<GPUShaderModule> {
  device.pushErrorScope('validation');
  const module = device.createShaderModule({ code, label });
  const info = await module.getCompilationInfo();
  const scopeError = await device.popErrorScope();
  const errors = info.messages.filter((m) => m.type === 'error');
  if (errors.length > 0 || scopeError) {
    const lines = code.split('\n');
    const details = errors.map((m) => `${label}:${m.lineNum}:${m.linePos}: ${m.message}\n    ${lines[m.lineNum - 1] ?? ''}`);
    if (details.length === 0 && scopeError) details.push(`${label}: ${scopeError.message}`);
    throw new WgslCompileError(`WGSL compile error in ${label}:\n${details.join('\n')}`);
  }
  return module;
}
