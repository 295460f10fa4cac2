/**
 * The chapter API: everything one module (ntm, attention, act, programmer…) brings to the app, in one folder
 * `app/renderer/chapters/<module>/` plugged into the registry (registry.ts). The app shell (store, playback,
 * panels, test hooks, recorder) knows only this interface.
 *
 * The scene is a pure function of (trace, frame cursor, transition progress, language): a recorder can seek
 * any frame and render it exactly.
 */
import type * as THREE from 'three/webgpu';
import type { ComputeOutcome, GpuBackend } from '#core/gpu/common/backend.ts';
import type { Frame, ModuleId, Trace } from '#core/trace/trace.ts';
import type { Language, Messages } from '../../shared/i18n/i18n.ts';
import type { ParamProblem, ParamValue, Parameters } from '../state/scenario-slice.ts';
import type { LabelFactory } from '../scene/text-sprite.ts';
import type { Theme } from '../scene/theme.ts';

/** One preset a chapter offers. */
export interface PresetInfo {
  readonly id: string;
  /** Its name in the UI language. */
  label(messages: Messages): string;
}

/** One option of a `choice` parameter. */
export interface ChoiceOption {
  /** The parameter's value when this option is chosen (e.g. `'dot'`). */
  readonly value: string;
  /** Its label in the UI language. */
  label(messages: Messages): string;
}

/** One editable parameter, as the parameters panel shows it. */
export interface ParamSpec {
  /** The parameter's name (also the `param-<name>` test id). */
  readonly name: string;
  /**
   * `number`/`integer`: one number; `vector`: numbers separated by spaces; `choice`: one of {@link options}
   * (a `<select>`; the value is the option's string value); `text`: the string as typed (e.g. a bit pattern).
   */
  readonly kind: 'number' | 'integer' | 'vector' | 'choice' | 'text';
  /** Its label in the UI language. */
  label(messages: Messages): string;
  /** Input step hint for numbers. */
  readonly step?: number;
  /** The options of a `choice` parameter, in menu order. */
  readonly options?: readonly ChoiceOption[];
  /**
   * Whether the parameter applies to a preset (the panel shows only those that do; absent: every preset).
   * A parameter that does not apply is refused by {@link Chapter.applyParameter} too.
   */
  appliesTo?(preset: string): boolean;
}

/** The parameters of a chapter that apply to a preset, in panel order. */
export function paramsFor(chapter: Pick<Chapter, 'params'>, preset: string): readonly ParamSpec[] {
  return chapter.params.filter((spec) => spec.appliesTo?.(preset) ?? true);
}

/** What the compute step gets from the app. */
export interface ComputeContext {
  /**
   * The app's one GPU backend (core/gpu/common/backend.ts): the engines of the shared device, the fallback to the
   * float64 reference (no adapter, a GPU failure, a lost device) and the reason for it.
   */
  readonly backend: GpuBackend;
}

/** The DOM narration of a frame: one equation (KaTeX source, numbers substituted) and one caption sentence. */
export interface Narration {
  readonly tex: string;
  readonly caption: string;
  /** The scenario's own note for this step (e.g. "Move +1 and write vector 3"), if any. */
  readonly note?: string;
}

/** What a scene draws: a pure function of these (typed by the trace's stages and frame data). */
export interface SceneInput<Stage extends string = string, Data = unknown> {
  readonly trace: Trace<Stage, Data>;
  /** The frame shown (or transitioned to). */
  readonly frame: number;
  /** The frame the transition starts from (equal to `frame` at rest). */
  readonly fromFrame: number;
  /** Eased transition progress in [0, 1]; 1 is at rest on `frame`. */
  readonly progress: number;
  readonly language: Language;
  /** The colours that depend on the background (scene/theme.ts): the screen's, or the one an export chose. */
  readonly theme: Theme;
}

/** A camera pose in world space. */
export interface CameraPose {
  readonly position: readonly [number, number, number];
  readonly target: readonly [number, number, number];
}

/** A pointer event on the 3D view, as a ray in world space. */
export interface ScenePointerEvent {
  readonly phase: 'down' | 'move' | 'up';
  readonly ray: THREE.Ray;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** What a scene makes of a pointer event. */
export interface ScenePointerResult {
  /** On `down`: the scene takes the gesture (no orbiting until `up`). */
  readonly capture: boolean;
  /** A parameter edit, from the parameters on screen; null for none. */
  readonly edit?: (current: Parameters) => { readonly name: string; readonly value: ParamValue } | null;
}

/** A chapter's 3D content, reading traces of stages `Stage` and frame data `Data`. */
export interface ChapterScene<Stage extends string = string, Data = unknown> {
  /** Added to the app's scene by the view. */
  readonly root: THREE.Object3D;
  /** Brings the objects to the state of `input` (no time, no randomness: same input, same picture). */
  update(input: SceneInput<Stage, Data>): void;
  /** The default camera pose for a frame of the trace, for a view of the given width/height ratio. */
  framing(trace: Trace<Stage, Data>, frame: number, aspect: number): CameraPose;
  /** Text for a hovered object (numbers on hover for big N), or null. */
  hoverText?(hit: THREE.Intersection, input: SceneInput<Stage, Data>): string | null;
  /**
   * Direct manipulation (e.g. dragging the focus chapter's spot): called with each pointer event on the view as
   * a world-space ray. Returning `capture: true` on `down` keeps the camera still until `up`; `edit` turns the
   * gesture into one parameter edit, computed from the parameters on screen when the app applies it.
   */
  pointer?(event: ScenePointerEvent, input: SceneInput<Stage, Data>): ScenePointerResult | null;
  dispose(): void;
}

/**
 * Everything one module brings, typed by its frames: `Stage` the names of a step's stages, `Data` what one frame
 * holds (the module's reference frame data, core/models/<module>).
 */
export interface Chapter<Stage extends string = string, Data = unknown> {
  readonly id: ModuleId;
  /** Its title in the UI language. */
  title(messages: Messages): string;
  readonly presets: readonly PresetInfo[];
  readonly params: readonly ParamSpec[];
  /** The parameters a preset starts from. */
  presetParameters(preset: string): Parameters;
  /**
   * Checks one edited parameter in the context of the others; returns the new parameters or the problem (from
   * core/scenario/validate.ts; the chapter's own refusals, e.g. "applies to … only", worded in `language`).
   * May adjust dependent parameters (e.g. vector lengths when N changes).
   */
  applyParameter(
    preset: string,
    name: string,
    value: ParamValue,
    current: Parameters,
    language: Language,
  ): { parameters: Parameters } | { problem: ParamProblem };
  /**
   * Parameters that differ per time step (the NTM's addressing): the values the panel shows at a step (from 0),
   * and the name an edit of a field at that step is applied under. Absent: one value for the whole trace.
   */
  readonly stepParameters?: {
    valuesAt(parameters: Parameters, preset: string, step: number): Parameters;
    editName(name: string, parameters: Parameters, preset: string, step: number): string;
  };
  /** The scenario file (plain JSON with its `module`) of `preset` with the parameters as edited (README "Giving a lecture": "Guardar escenario como…"). */
  scenarioJson(preset: string, parameters: Parameters): Record<string, unknown>;
  /** Runs the model through `context.backend` (the GPU when it has a device, else the reference, saying why). */
  compute(parameters: Parameters, preset: string, context: ComputeContext): Promise<ComputeOutcome<Trace<Stage, Data>>>;
  /** The name of a frame's stage in the UI language. */
  stageLabel(stage: string, messages: Messages): string;
  narration(frame: Frame<Stage, Data>, trace: Trace<Stage, Data>, language: Language): Narration;
  /** The frame's tensors as plain arrays (for `window.atenea.state()`). */
  snapshot(frame: Frame<Stage, Data>): Record<string, unknown>;
  createScene(labels: LabelFactory): ChapterScene;
}

/**
 * A chapter of any module, as the registry and the app shell hold it. The shell only ever hands a chapter the
 * traces that chapter computed (or one of its module revived from JSON), so the frame types are erased here, at
 * the registry boundary, and nowhere in a chapter.
 */
export type AnyChapter = Chapter<string, unknown>;
