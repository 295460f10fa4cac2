import { describe, expect, it } from 'vitest';
import * as THREE from 'three/webgpu';
import { commitInstances, createInstances, mixNumbers } from './instances.ts';

describe('instanced boxes', () => {
  it('creates at least one dynamic, unculled instance with colours, and commits changes', () => {
    const geometry = new THREE.BoxGeometry(1, 1, 1);
    const material = new THREE.MeshBasicMaterial();
    const mesh = createInstances(0, geometry, material, 'cells');
    expect(mesh.count).toBe(1);
    expect(mesh.name).toBe('cells');
    expect(mesh.frustumCulled).toBe(false);
    expect(mesh.instanceMatrix.usage).toBe(THREE.DynamicDrawUsage);
    expect(mesh.instanceColor).not.toBeNull();
    const before = mesh.instanceMatrix.version;
    const colourBefore = mesh.instanceColor!.version;
    commitInstances(mesh);
    expect(mesh.instanceMatrix.version).toBe(before + 1);
    expect(mesh.instanceColor!.version).toBe(colourBefore + 1);
    expect(createInstances(5, geometry, material, 'bars').count).toBe(5);
  });
  it('mixes equal-length lists and falls back to the target otherwise', () => {
    expect(mixNumbers([0, 10], [1, 20], 0.5)).toEqual([0.5, 15]);
    expect(mixNumbers([0], [1, 2], 0.5)).toEqual([1, 2]);
  });
});
