/**
 * The focus mechanism (the lecture's definition of attention, Olah & Carter 2016): an object times a mask of its
 * shape, y = x ⊙ m, on the float64 reference or in WGSL (core/gpu/attention/pointwise-product.ts). The model's
 * files sit with attention's (core/models/attention/focus*.ts); this is its descriptor.
 */
import { pointwiseProductGpu } from '../../gpu/attention/pointwise-product.ts';
import { FOCUS_STAGES, resolveFocusScenario, runFocusScenario, type FocusFrameData, type FocusScenario, type FocusStage } from '../attention/focus-scenario.ts';
import { FOCUS_PRESETS } from '../attention/presets.ts';
import { reviveTrace } from '../../trace/revive.ts';
import type { Mechanism } from '../mechanism.ts';

function assertFocusScenario(value: unknown): asserts value is FocusScenario {
  resolveFocusScenario(value);
}

function isFocusFrameData(data: unknown): data is FocusFrameData {
  return typeof data === 'object' && data !== null && 'kind' in data && (data.kind === 'image' || data.kind === 'text') && 'product' in data;
}

/** The focus descriptor. */
export const focusMechanism: Mechanism<FocusScenario, FocusStage, FocusFrameData> = {
  id: 'focus',
  stages: FOCUS_STAGES,
  presets: FOCUS_PRESETS.map(({ id, name, scenario }) => ({ id, name, scenario })),
  parseScenario(value) {
    assertFocusScenario(value);
    return value;
  },
  runReference: (scenario) => runFocusScenario(scenario),
  // The product needs no engine state: one kernel, cached per device by core/gpu/common/kernel.ts.
  runOnGpu: (scenario, gpu) => runFocusScenario(scenario, (object, mask) => pointwiseProductGpu(gpu.device, object, mask)),
  reviveTrace: (value) => reviveTrace(value, { module: 'focus', stages: FOCUS_STAGES, typedArrays: true, isData: isFocusFrameData }),
};
