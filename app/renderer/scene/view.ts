/**
 * The 3D view: one three.js WebGPURenderer (on the shared GPUDevice, or its WebGL2 backend), a camera with
 * orbit controls, the current chapter's scene, on-demand rendering, hover read-outs and a render-target
 * read-back for tests and the recorder. The read-back reuses one render target while the size stays the same,
 * restores the camera it borrowed, and leaves the canvas alone (the next screen draw re-poses the scene), so an
 * export does not redraw the canvas after every frame.
 */
import * as THREE from 'three/webgpu';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import type { CameraPose, ChapterScene, SceneInput, ScenePointerResult } from '../chapters/chapter.ts';
import { ReadTarget, topFirstRows, type PixelData } from './read-back.ts';
import { ORBIT_ROTATE_SPEED, lerpPose, placeCamera } from './orbit-limits.ts';
import { createRenderer, recreateRenderer } from './renderer-recovery.ts';
import { LabelFactory } from './text-sprite.ts';
import { DrawKeys, pointerRaycaster } from './draw-key.ts';

export type { PixelData } from './read-back.ts';

/** What the view shows on the next render. */
export interface ViewInput extends SceneInput {
  /** When false the camera follows each frame's default framing; when true the user's orbit is kept. */
  readonly cameraMoved: boolean;
}

/** The 3D view of the app. */
export interface View {
  readonly renderer: THREE.WebGPURenderer;
  readonly labels: LabelFactory;
  /** The drawn scene: lights, background and the chapter scene's root (the view bench counts its contents). */
  readonly scene: THREE.Scene;
  /** Draws to the screen so far (read-backs not counted): stays put while the app is idle (test hooks). */
  readonly renders: number;
  /** Called when the view needs a redraw no store change announces (camera move, resize, new scene or renderer). */
  onInvalidate(listener: () => void): void;
  /** Which three backend draws. */
  readonly drawBackend: 'webgpu' | 'webgl2';
  /** After a device loss: a new renderer on `device` (or WebGL2 when null); the next draw shows the same frame. */
  recover(device: GPUDevice | null): Promise<'webgpu' | 'webgl2'>;
  /** Replaces the chapter scene (disposing the previous one). */
  setChapterScene(scene: ChapterScene): void;
  /** Draws `input` to the canvas if anything changed since the last draw (or always with `force`). */
  draw(input: ViewInput, force?: boolean): void;
  /** Puts the camera back on the frame's default framing. */
  resetCamera(input: ViewInput): void;
  /** A fixed pose used instead of the frames' framing (a lesson slide's `camera`), or null for the framing. */
  setCameraPose(pose: CameraPose | null): void;
  /** Renders `input` into a render target of the given size (default: the canvas size) and reads it back. */
  readPixels(input: ViewInput, size?: { width: number; height: number }): Promise<PixelData>;
  /** Where the screen's camera is now (for the test hooks). */
  cameraPose(): CameraPose;
  /** Called when the user orbits (so the store can remember the camera moved). */
  onUserCamera(listener: () => void): void;
  /** Called with hover text (or null) and the pointer position. */
  onHover(listener: (text: string | null, x: number, y: number, input: ViewInput) => void): void;
  /** Called with each parameter edit a chapter scene makes from a pointer gesture (ChapterScene.pointer). */
  onSceneEdit(listener: (edit: NonNullable<ScenePointerResult['edit']>) => void): void;
  dispose(): void;
}

/** Creates the view inside `container` (the canvas fills it). */
export async function createView(container: HTMLElement, device: GPUDevice | null): Promise<View> {
  let { renderer, drawBackend } = await createRenderer(device);
  let canvas = renderer.domElement;
  canvas.className = 'view-canvas';
  container.appendChild(canvas);

  const scene = new THREE.Scene();
  const background = new THREE.Color(0x0b0f17);
  scene.background = background;
  scene.add(new THREE.AmbientLight(0xffffff, 1.6));
  const sun = new THREE.DirectionalLight(0xffffff, 2.2);
  sun.position.set(-4, 10, 12);
  scene.add(sun);
  const camera = new THREE.PerspectiveCamera(36, 16 / 9, 0.1, 500);
  const controls = new OrbitControls(camera, canvas);
  controls.enableDamping = false;
  controls.screenSpacePanning = true;
  controls.rotateSpeed = ORBIT_ROTATE_SPEED;
  const labels = new LabelFactory();
  let chapterScene: ChapterScene | null = null;
  let lastKey = '';
  let fixedPose: CameraPose | null = null;
  let userCamera: (() => void) | null = null;
  let hover: ((text: string | null, x: number, y: number, input: ViewInput) => void) | null = null;
  let lastInput: ViewInput | null = null;
  let userMoving = false;
  let renders = 0;
  let invalidated: (() => void) | null = null;
  /** The next draw must render (the picture changed outside the draw key); the scheduler is told. */
  const invalidate = (): void => {
    lastKey = '';
    invalidated?.();
  };

  controls.addEventListener('start', () => (userMoving = true));
  controls.addEventListener('change', () => {
    if (userMoving) userCamera?.();
    invalidate();
  });
  controls.addEventListener('end', () => (userMoving = false));

  function resize(): void {
    const w = Math.max(1, container.clientWidth);
    const h = Math.max(1, container.clientHeight);
    renderer.setSize(w, h, false);
    camera.aspect = w / h;
    camera.updateProjectionMatrix();
    invalidate();
  }
  const observer = new ResizeObserver(resize);
  observer.observe(container);
  resize();

  function applyCamera(input: ViewInput, aspect: number): void {
    if (!chapterScene || input.cameraMoved) return;
    const b = chapterScene.framing(input.trace, input.frame, aspect);
    const pose = fixedPose ?? lerpPose(chapterScene.framing(input.trace, input.fromFrame, aspect), b, input.progress);
    placeCamera({ camera, controls }, pose, fixedPose ?? b);
  }

  // True while the chapter scene is posed for a read-back's input rather than for the last screen draw.
  let posedOffscreen = false;
  function prepare(input: ViewInput, aspect: number): void {
    background.set(input.theme.background);
    chapterScene?.update(input);
    applyCamera(input, aspect);
    camera.aspect = aspect;
    camera.updateProjectionMatrix();
  }

  const keys = new DrawKeys();

  /** After a read-back, poses the chapter scene for the screen again before hit-testing it. */
  function poseForScreen(): void {
    if (!posedOffscreen || !lastInput) return;
    chapterScene?.update(lastInput);
    posedOffscreen = false;
  }

  const onPointerMove = (event: PointerEvent): void => {
    if (!hover || !lastInput || !chapterScene?.hoverText) return;
    poseForScreen();
    const raycaster = pointerRaycaster(event, canvas, camera);
    const rect = canvas.getBoundingClientRect();
    const meshes: THREE.Object3D[] = [];
    chapterScene.root.traverse((o) => {
      if ((o as THREE.InstancedMesh).isInstancedMesh && o.visible) {
        (o as THREE.InstancedMesh).computeBoundingSphere();
        meshes.push(o);
      }
    });
    const hit = raycaster.intersectObjects(meshes, false)[0];
    hover(hit ? chapterScene.hoverText(hit, lastInput) : null, event.clientX - rect.left, event.clientY - rect.top, lastInput);
  };
  // The canvas's listeners (again on the new canvas when a device loss brings a WebGL2 one: renderer-recovery.ts).
  const attach = (c: HTMLCanvasElement): void => {
    controls.disconnect();
    controls.connect(c);
    c.addEventListener('pointermove', onPointerMove);
    c.addEventListener('pointerleave', () => lastInput && hover?.(null, 0, 0, lastInput));
  };
  attach(canvas);

  // Direct manipulation: the container's capture phase runs before OrbitControls' own pointer listeners, so a
  // gesture the chapter scene takes never orbits the camera.
  let sceneEdit: ((edit: NonNullable<ScenePointerResult['edit']>) => void) | null = null;
  let gesture: number | null = null;
  function scenePointer(event: PointerEvent, phase: 'down' | 'move' | 'up'): ScenePointerResult | null {
    if (!chapterScene?.pointer || !lastInput) return null;
    poseForScreen();
    const raycaster = pointerRaycaster(event, canvas, camera);
    const result = chapterScene.pointer({ phase, ray: raycaster.ray, shiftKey: event.shiftKey, altKey: event.altKey }, lastInput);
    if (result?.edit) sceneEdit?.(result.edit);
    return result;
  }
  container.addEventListener(
    'pointerdown',
    (event) => {
      if (event.target !== canvas || event.button !== 0) return;
      if (scenePointer(event, 'down')?.capture) {
        gesture = event.pointerId;
        controls.enabled = false;
        canvas.setPointerCapture?.(event.pointerId);
      }
    },
    { capture: true },
  );
  container.addEventListener('pointermove', (event) => {
    if (gesture === event.pointerId) scenePointer(event, 'move');
  });
  const endGesture = (event: PointerEvent) => {
    if (gesture !== event.pointerId) return;
    scenePointer(event, 'up');
    gesture = null;
    controls.enabled = true;
  };
  container.addEventListener('pointerup', endGesture);
  container.addEventListener('pointercancel', endGesture);

  // The read-back's multisampled target, kept while the export size stays the same.
  const readTarget = new ReadTarget();
  const savedPosition = new THREE.Vector3();
  const savedQuaternion = new THREE.Quaternion();
  const savedTarget = new THREE.Vector3();

  return {
    labels,
    scene,
    get renders() {
      return renders;
    },
    onInvalidate: (listener) => void (invalidated = listener),
    get renderer() {
      return renderer;
    },
    get drawBackend() {
      return drawBackend;
    },
    async recover(next) {
      readTarget.dispose(); // it belonged to the lost renderer
      ({ renderer, drawBackend } = await recreateRenderer(renderer, next));
      if (renderer.domElement !== canvas) attach((canvas = renderer.domElement));
      invalidate();
      return drawBackend;
    },
    setChapterScene(next) {
      if (chapterScene) {
        scene.remove(chapterScene.root);
        chapterScene.dispose();
      }
      chapterScene = next;
      scene.add(next.root);
      invalidate();
    },
    draw(input, force = false) {
      const key = keys.of(input);
      lastInput = input;
      if (!force && key === lastKey) return;
      lastKey = key;
      posedOffscreen = false;
      prepare(input, camera.aspect || 16 / 9);
      renderer.render(scene, camera);
      renders++;
    },
    resetCamera(input) {
      invalidate();
      applyCamera({ ...input, cameraMoved: false }, camera.aspect || 16 / 9);
    },
    async readPixels(input, size) {
      const width = Math.max(1, Math.round(size?.width ?? canvas.width));
      const height = Math.max(1, Math.round(size?.height ?? canvas.height));
      const target = readTarget.of(width, height);
      const savedAspect = camera.aspect;
      savedPosition.copy(camera.position);
      savedQuaternion.copy(camera.quaternion);
      savedTarget.copy(controls.target);
      try {
        prepare(input, width / height);
        renderer.setRenderTarget(target);
        renderer.render(scene, camera);
        renderer.setRenderTarget(null);
        const raw = (await renderer.readRenderTargetPixelsAsync(target, 0, 0, width, height)) as Uint8Array;
        // WebGL2 reads rows bottom-first: both backends return rows top-first.
        return { width, height, data: topFirstRows(raw, width, height, drawBackend === 'webgl2') };
      } finally {
        // Put back what the screen uses; the canvas still shows the last screen draw, so it is not redrawn:
        // the scene is re-posed by the next draw (or before a hover/pointer hit test).
        camera.position.copy(savedPosition);
        camera.quaternion.copy(savedQuaternion);
        controls.target.copy(savedTarget);
        camera.aspect = savedAspect;
        camera.updateProjectionMatrix();
        if (lastInput) background.set(lastInput.theme.background);
        posedOffscreen = true;
      }
    },
    setCameraPose(pose) {
      fixedPose = pose;
      invalidate();
    },
    cameraPose: () => ({ position: camera.position.toArray(), target: controls.target.toArray() }),
    onUserCamera(listener) {
      userCamera = listener;
    },
    onHover(listener) {
      hover = listener;
    },
    onSceneEdit(listener) {
      sceneEdit = listener;
    },
    dispose() {
      readTarget.dispose();
      observer.disconnect();
      controls.dispose();
      chapterScene?.dispose();
      labels.dispose();
      renderer.dispose();
    },
  };
}
