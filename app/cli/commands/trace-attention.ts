/**
 * `atenea trace` for the attention chapters: `attention` scenarios (alignments and interfaces) and `focus`
 * scenarios (the definition: object ⊙ mask), on the float64 reference or on WebGPU when a device is given.
 */
import { resolveAttentionScenario, runAttentionScenario } from '../../../core/models/attention/attention-scenario.ts';
import { resolveFocusScenario, runFocusScenario } from '../../../core/models/attention/focus-scenario.ts';
import { ATTENTION_PRESETS, attentionPreset, FOCUS_PRESETS, focusPreset } from '../../../core/models/attention/presets.ts';
import type { TraceCommand } from '../trace-command.ts';

/** The `attention` trace command (presets translation, speech, compute). */
export const traceAttention: TraceCommand = {
  module: 'attention',
  presets: ATTENTION_PRESETS.map(({ id, name }) => ({ id, name })),
  presetScenario: (id) => attentionPreset(id)?.scenario,
  async run(scenario, device) {
    if (!device) return runAttentionScenario(scenario);
    resolveAttentionScenario(scenario); // report a bad scenario before compiling any kernel
    const { createAttentionGpuEngine } = await import('../../../core/gpu/attention/attention-gpu-engine.ts');
    const engine = await createAttentionGpuEngine(device);
    try {
      return await runAttentionScenario(scenario, (input) => engine.sequence(input));
    } finally {
      engine.destroy();
    }
  },
};

/** The `focus` trace command (presets moon, sentence). */
export const traceFocus: TraceCommand = {
  module: 'focus',
  presets: FOCUS_PRESETS.map(({ id, name }) => ({ id, name })),
  presetScenario: (id) => focusPreset(id)?.scenario,
  async run(scenario, device) {
    if (!device) return runFocusScenario(scenario);
    resolveFocusScenario(scenario);
    const { pointwiseProductGpu } = await import('../../../core/gpu/attention/pointwise-product.ts');
    return runFocusScenario(scenario, (object, mask) => pointwiseProductGpu(device, object, mask));
  },
};
