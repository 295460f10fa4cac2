/**
 * `npm run bench -- view`, the page side: how long the view takes to redraw the chapter on screen, beside a bare
 * three.js scene with the same number of instanced meshes, instances, plain meshes and sprites drawn by the same
 * renderer settings (size, pixel ratio, antialiasing) on the same device, measured interleaved in one run.
 * A redraw is timed from the draw call until the device's queue has finished it (`onSubmittedWorkDone`):
 * - still: the same picture drawn again (the view's own work, no changes);
 * - seek: a transition frame never drawn before (instances moved, labels re-texted), as a seek shows it.
 */
import * as THREE from 'three/webgpu';
import type { View, ViewInput } from './view.ts';
import type { RedrawBenchResult, SceneCounts } from './redraw-bench-result.ts';

export type { RedrawBenchResult, SceneCounts } from './redraw-bench-result.ts';

/** The visible instanced meshes, plain meshes and sprites under `root`. */
export function countScene(root: THREE.Object3D): SceneCounts {
  const instanced: number[] = [];
  let meshes = 0;
  let sprites = 0;
  root.traverseVisible((o) => {
    if ((o as THREE.InstancedMesh).isInstancedMesh) instanced.push((o as THREE.InstancedMesh).count);
    else if ((o as THREE.Sprite).isSprite) sprites++;
    else if ((o as THREE.Mesh).isMesh) meshes++;
  });
  return { instanced, meshes, sprites };
}

/** The median of `xs` (not empty). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** A bare three.js scene with `counts`' objects on its own canvas over the view; `move` re-places every instance. */
async function bareScene(counts: SceneCounts, device: GPUDevice, like: THREE.WebGPURenderer, over: HTMLCanvasElement) {
  const canvas = document.createElement('canvas');
  const rect = over.getBoundingClientRect();
  canvas.style.cssText = `position:fixed;left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px`;
  document.body.append(canvas);
  const renderer = new THREE.WebGPURenderer({ canvas, device, antialias: like.samples > 0, alpha: false });
  await renderer.init();
  renderer.setPixelRatio(like.getPixelRatio());
  renderer.setSize(rect.width, rect.height, false);
  const scene = new THREE.Scene();
  scene.background = new THREE.Color(0x0b0f17);
  scene.add(new THREE.AmbientLight(0xffffff, 1.6), new THREE.DirectionalLight(0xffffff, 2.2));
  const camera = new THREE.PerspectiveCamera(36, rect.width / rect.height, 0.1, 500);
  camera.position.set(0, 0, 40);
  const box = new THREE.BoxGeometry(1, 1, 1);
  const lambert = new THREE.MeshLambertMaterial();
  const grids = counts.instanced.map((n) => new THREE.InstancedMesh(box, lambert, Math.max(1, n)));
  const m = new THREE.Matrix4();
  const colour = new THREE.Color();
  let turn = 0;
  const move = (): void => {
    turn++;
    grids.forEach((mesh, g) => {
      const side = Math.ceil(Math.sqrt(mesh.count));
      for (let i = 0; i < mesh.count; i++) {
        const s = 16 / side;
        m.makeScale(s * 0.8, s * (0.3 + 0.5 * Math.abs(Math.sin(i + turn))), s * 0.8).setPosition((i % side) * s - 8, Math.floor(i / side) * s - 8, -g);
        mesh.setMatrixAt(i, m);
        mesh.setColorAt(i, colour.setHSL((i / mesh.count + turn * 0.01) % 1, 0.7, 0.5));
      }
      mesh.instanceMatrix.needsUpdate = true;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    });
  };
  move();
  scene.add(...grids);
  const basic = new THREE.MeshBasicMaterial({ color: 0x22324f });
  for (let i = 0; i < counts.meshes; i++) scene.add(new THREE.Mesh(new THREE.PlaneGeometry(2, 1).translate(i - 8, 9, -3), basic));
  for (let i = 0; i < counts.sprites; i++) {
    // Each sprite its own canvas texture and material, as a label of the view is.
    const label = document.createElement('canvas');
    [label.width, label.height] = [96, 40];
    const ctx = label.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.font = '32px sans-serif';
    ctx.fillText((i / 100).toFixed(2), 4, 30);
    const sprite = new THREE.Sprite(new THREE.SpriteMaterial({ map: new THREE.CanvasTexture(label), transparent: true, depthWrite: false }));
    sprite.position.set((i % 12) * 1.4 - 8, -10 + Math.floor(i / 12) * 0.8, 1);
    sprite.scale.set(1.2, 0.5, 1);
    scene.add(sprite);
  }
  const draw = (): void => void renderer.render(scene, camera);
  return {
    still: draw,
    seek: () => (move(), draw()),
    dispose(): void {
      renderer.dispose();
      canvas.remove();
    },
  };
}

/**
 * Times `repeats` still redraws and seek redraws of the view (on `input()`, the frame on screen) and of the bare
 * scene, interleaved; leaves the view showing `input()` again. Needs the WebGPU backend (the device's queue).
 */
export async function runRedrawBench(view: View, input: () => ViewInput | null, repeats = 7): Promise<RedrawBenchResult> {
  const device = (view.renderer.backend as { device?: GPUDevice }).device;
  const base = input();
  if (view.drawBackend !== 'webgpu' || !device) throw new Error('the view bench needs the WebGPU backend');
  if (!base) throw new Error('the view has no trace yet');
  const time = async (f: () => void): Promise<number> => {
    await device.queue.onSubmittedWorkDone();
    const t0 = performance.now();
    f();
    await device.queue.onSubmittedWorkDone();
    return performance.now() - t0;
  };
  view.draw(base, true);
  const counts = countScene(view.scene);
  const bare = await bareScene(counts, device, view.renderer, view.renderer.domElement);
  const frames = base.trace.frames.length;
  const runs = { still: [] as number[], seek: [] as number[], bareStill: [] as number[], bareSeek: [] as number[] };
  try {
    bare.still();
    for (let r = 0; r < repeats; r++) {
      // A transition frame not drawn before: step k-1 → k at a progress of its own.
      const frame = frames > 1 ? 1 + (r % (frames - 1)) : 0;
      const seekInput = { ...base, fromFrame: Math.max(0, frame - 1), frame, progress: (r + 1) / (repeats + 1) };
      runs.still.push(await time(() => view.draw(base, true)));
      runs.bareStill.push(await time(bare.still));
      runs.seek.push(await time(() => view.draw(seekInput, true)));
      runs.bareSeek.push(await time(bare.seek));
    }
  } finally {
    bare.dispose();
    view.draw(base, true);
  }
  const { width, height } = view.renderer.domElement;
  return {
    ...counts,
    width,
    height,
    antialias: view.renderer.samples > 0,
    repeats,
    stillMs: median(runs.still),
    seekMs: median(runs.seek),
    bareStillMs: median(runs.bareStill),
    bareSeekMs: median(runs.bareSeek),
  };
}
