/** The text of `atenea --help`, built from the registries so a new module appears by itself. */
import { computeCommands } from './compute-registry.ts';
import { traceCommands } from './trace-registry.ts';
import { evaluateCommands } from './evaluate-registry.ts';
import { RENDER_OPTIONS } from './commands/render-args.ts';

/** The usage text. */
export function usage(): string {
  const modules = computeCommands.map((c) => `    ${c.module.padEnd(12)}${c.summary}`).join('\n');
  const models = evaluateCommands.map((c) => `    ${c.name.padEnd(12)}${c.summary}`).join('\n');
  const presets = traceCommands.map((c) => `    ${c.module.padEnd(12)}${c.presets.map((p) => p.id).join(', ')}`).join('\n');
  return `atenea: the numbers behind Atenea's lectures, from the command line

usage:
  npm run --silent atenea -- compute <module> [--backend cpu|webgpu] < cases.json
      Reads one JSON case, or an array of cases, on stdin; writes one result, or an array in the same
      order, on stdout. --backend cpu (default) is the float64 reference; webgpu runs the WGSL kernels.
      Modules:
${modules}
  npm run --silent atenea -- trace <scenario.json | preset> [--backend cpu|webgpu]
      Runs a whole scenario and writes its trace (one frame per stage per step) as JSON.
      A file is run by the module its "module" field names. Presets (name one as module:id when two
      modules share an id):
${presets}
  npm run --silent atenea -- evaluate <model> [--cases N] [--seed S] [--length L] [--backend cpu|webgpu]
      Draws N fresh inputs (default 10) from seed S (default 1) with the model's own generator, runs the
      trained model through Atenea's engine and writes one JSON object: {"model", "backend", "cases":
      [{"input", "target", "output"}]}. --length L (ntm-copy only): sequences of L vectors (default: the
      longest training length). Models:
${models}
  npm run --silent atenea -- render <scenario.json | preset> --out FILE [options]
      Renders the trace frame-exactly without a window (headless Chromium, through the app's own
      recorder) and writes FILE: .mp4, .webm, .gif, .png (one frame), or a PNG sequence (.zip or a folder).
      Options (\`render --help\` for more):
${RENDER_OPTIONS.split('\n')
  .map((line) => `    ${line}`)
  .join('\n')}
  npm run --silent atenea -- --help

exit codes: 0 ok; 2 bad input or usage (one line on stderr naming the case, the field and what is
allowed; nothing on stdout); 3 --backend webgpu with no WebGPU adapter, or render with no browser or renderer; 1 an internal error.
`;
}
