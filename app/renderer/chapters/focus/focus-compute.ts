/**
 * Computing a focus trace for the app: the pointwise product x ⊙ m in WGSL (core/gpu/attention/
 * pointwise-product.ts) when there is a device, else on the float64 reference (core/models/attention/focus.ts).
 */
import { pointwiseProductGpu } from '../../../../core/gpu/attention/pointwise-product.ts';
import { runFocusScenario, runFocusScenarioSync, type FocusScenario, type FocusTrace } from '../../../../core/models/attention/focus-scenario.ts';

/** Computes the trace: on the GPU when `device` is set (falling back to the reference if it fails), else on the CPU. */
export async function computeFocusTrace(scenario: FocusScenario, device: GPUDevice | null): Promise<{ trace: FocusTrace; backend: 'webgpu' | 'cpu' }> {
  if (device) {
    try {
      return { trace: await runFocusScenario(scenario, (object, mask) => pointwiseProductGpu(device, object, mask)), backend: 'webgpu' };
    } catch (error) {
      console.error('GPU product failed; computing with the float64 reference instead:', error);
    }
  }
  return { trace: runFocusScenarioSync(scenario), backend: 'cpu' };
}
