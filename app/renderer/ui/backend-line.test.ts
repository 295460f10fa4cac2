import { describe, expect, it } from 'vitest';
import { messages } from '../../shared/i18n/i18n.ts';
import { backendText } from './backend-line.ts';

describe('backend line', () => {
  it('names the adapter, a software one as such, and the CPU fallback, in both languages', () => {
    expect(backendText({ kind: 'webgpu', adapter: 'nvidia / ada', software: false, draw: 'webgpu' }, messages('en'))).toBe(
      'Compute and drawing: WebGPU on nvidia / ada',
    );
    expect(backendText({ kind: 'webgpu', adapter: 'google / swiftshader', software: true, draw: 'webgpu' }, messages('es'))).toContain(
      'por software (google / swiftshader)',
    );
    expect(backendText({ kind: 'cpu', adapter: '', software: false, draw: 'webgl2' }, messages('es'))).toContain('WebGL2');
    expect(backendText({ kind: 'cpu', adapter: 'x', software: false, draw: 'webgpu' }, messages('en'))).toContain('after a GPU failure');
  });
  it('says WebGPU was switched off (not missing) when the CPU is forced', () => {
    const cpu = { kind: 'cpu', adapter: '', software: false, draw: 'webgl2' } as const;
    expect(backendText(cpu, messages('en'), true)).toBe('WebGPU off (--gpu=cpu): computing with the float64 reference (CPU), drawing with WebGL2');
    expect(backendText(cpu, messages('es'), true)).toBe('WebGPU desactivado (--gpu=cpu): cálculo con la referencia float64 (CPU), dibujo con WebGL2');
    expect(backendText(cpu, messages('en'), false)).toContain('No WebGPU adapter');
  });
  it('says the 3D view was rebuilt after a device loss, and with what it draws', () => {
    const lost = {
      kind: 'webgpu',
      adapter: 'google / swiftshader',
      software: true,
      draw: 'webgpu',
      deviceLoss: 'lost',
      viewRebuilt: true,
    } as const;
    expect(backendText(lost, messages('en'))).toBe(`${messages('en').backend.deviceLost}; the 3D view was rebuilt and draws with WebGPU`);
    expect(backendText({ ...lost, kind: 'cpu', draw: 'webgl2' }, messages('es'))).toMatch(/; la vista 3D se reconstruyó y dibuja con WebGL2$/);
    expect(backendText({ ...lost, viewRebuilt: undefined }, messages('en'))).toBe(messages('en').backend.deviceLost);
  });
});
