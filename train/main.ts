/**
 * `npm run train -- <model> [--steps N] [--seed S] [--out FILE]`: trains one of the project's models with
 * TensorFlow.js on the CPU and writes its weight file (README, "Trained models").
 */
import { createRequire, register } from 'node:module';

// The gradients ship only as per-file ES modules that plain Node cannot resolve without this hook (see the
// hook); their Node platform module calls `require`, which an ES module scope lacks.
register('./tfjs-gradients-hook.mjs', import.meta.url);
Object.assign(globalThis, { require: createRequire(import.meta.url) });
await import('@tensorflow/tfjs-core/dist/register_all_gradients.js');
const { train: trainNtmCopy } = await import('./ntm-copy/index.ts');

const MODELS: Record<string, typeof trainNtmCopy> = { 'ntm-copy': trainNtmCopy };

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const [model, ...rest] = process.argv.slice(2);
if (model === undefined || !(model in MODELS)) fail(`train: model must be one of ${Object.keys(MODELS).join(', ')} (got ${model ?? 'nothing'})`);
const options: { steps?: number; seed?: number; out?: string } = {};
for (let i = 0; i < rest.length; i += 2) {
  const [flag, value] = [rest[i], rest[i + 1]];
  if (flag === '--out' && value !== undefined) options.out = value;
  else if ((flag === '--steps' || flag === '--seed') && value !== undefined && /^\d+$/.test(value)) options[flag === '--steps' ? 'steps' : 'seed'] = Number(value);
  else fail(`train: unknown or incomplete option ${flag ?? ''} (allowed: --steps N, --seed S, --out FILE)`);
}
await MODELS[model]!(options);
