import * as THREE from 'three/webgpu';
import { describe, expect, it } from 'vitest';
import { disposeScene } from './dispose.ts';

describe('disposeScene', () => {
  it('empties the root and disposes every resource once, skipping missing ones', () => {
    const root = new THREE.Group();
    root.add(new THREE.Group(), new THREE.Group());
    const calls: string[] = [];
    const a = { dispose: () => calls.push('a') };
    const b = { dispose: () => calls.push('b') };
    disposeScene(root, [a, null, b, a, undefined]);
    expect(root.children).toHaveLength(0);
    expect(calls).toEqual(['a', 'b']);
  });
});
