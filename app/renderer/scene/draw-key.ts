/**
 * What decides whether the view must render again (scene/view.ts draws only when this key changes, README
 * "Speed", "The view"), and the ray under a pointer for the view's hit tests.
 */
import * as THREE from 'three/webgpu';
import type { SceneInput } from '../chapters/chapter.ts';

/** Draw keys of view inputs: equal keys draw the same picture (same trace object, frame, progress, language, theme, camera mode). */
export class DrawKeys {
  private readonly traceIds = new WeakMap<object, number>();
  private nextTraceId = 1;

  /** The key of `input` (`cameraMoved`: whether the user's orbit is kept). */
  of(input: SceneInput & { readonly cameraMoved: boolean }): string {
    let id = this.traceIds.get(input.trace);
    if (!id) {
      id = this.nextTraceId++;
      this.traceIds.set(input.trace, id);
    }
    return `${id}|${input.frame}|${input.fromFrame}|${input.progress.toFixed(4)}|${input.language}|${input.theme.name}|${input.cameraMoved}|${input.trace.frames.length}`;
  }
}

/** The ray from `camera` through the pointer of `event` on `canvas`. */
export function pointerRaycaster(event: { clientX: number; clientY: number }, canvas: HTMLCanvasElement, camera: THREE.Camera): THREE.Raycaster {
  const rect = canvas.getBoundingClientRect();
  const pointer = new THREE.Vector2(((event.clientX - rect.left) / rect.width) * 2 - 1, -((event.clientY - rect.top) / rect.height) * 2 + 1);
  const raycaster = new THREE.Raycaster();
  raycaster.setFromCamera(pointer, camera);
  return raycaster;
}
