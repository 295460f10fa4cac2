/**
 * Arguments of `atenea render <scenario.json | preset> --out FILE [--width W --height H --fps F --from A --to B
 * --format mp4|webm|gif|png --seconds-per-step S --seconds-per-transition T --theme dark|light --lang es|en]`. Pure: every bad
 * argument is a {@link CliError} with exit 2 and one line naming it.
 */
import { previewString } from '#core/scenario/describe-value.ts';
import { allowedFrameRates } from '../../renderer/recorder/formats.ts';
import { CliError, EXIT } from '../cli-error.ts';

/** The formats of `--format` (as the recorder's, app/renderer/recorder/formats.ts). */
export const RENDER_FORMATS = ['mp4', 'webm', 'gif', 'png'] as const;
/** One of {@link RENDER_FORMATS}. */
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** Parsed `render` arguments (the range is resolved against the trace later). */
export interface RenderArgs {
  readonly target: string;
  readonly out: string;
  readonly format: RenderFormat;
  /** PNG: a numbered sequence in the folder `out` (or a zip when `out` ends in .zip); false: one PNG file. */
  readonly sequence: boolean;
  /** PNG sequence written as a zip file. */
  readonly zip: boolean;
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly from: number | undefined;
  readonly to: number | undefined;
  readonly secondsPerStep: number;
  readonly secondsPerTransition: number;
  readonly language: 'es' | 'en';
  /** The picture's theme (default dark). */
  readonly theme: RenderTheme;
  /** A lesson's slides (1-based, inclusive; `--slides a-b`), absent: all of them. */
  readonly slides: { readonly from: number; readonly to: number } | undefined;
  /** Seconds each text slide of a lesson is held (`--seconds-per-slide`, default 4). */
  readonly secondsPerSlide: number;
  /** Draw a lesson's slide titles and captions into the picture (`--narration`). */
  readonly narration: boolean;
  readonly help: boolean;
}

/** The themes of `--theme` (as the app's, app/renderer/scene/theme.ts). */
export const RENDER_THEMES = ['dark', 'light'] as const;
/** One of {@link RENDER_THEMES}. */
export type RenderTheme = (typeof RENDER_THEMES)[number];

/** The options of `render`, one line each (shared by `render --help` and `atenea --help`). */
export const RENDER_OPTIONS = `  --out FILE                    where to write (required; written under a temporary name, renamed at the end)
  --format mp4|webm|gif|png     default: from the extension of --out
  --width W --height H          default 1280 720
  --fps F                       default 30 (GIF: 25); 24, 25, 30, 50 or 60 (GIF: 25 or 50)
  --from A --to B               trace frames, default the whole trace
  --seconds-per-step S          default 1
  --seconds-per-transition T    default 0.3
  --theme dark|light            default dark (as on a projector); light: white background for slides and print
  --lang es|en                  labels in the picture, default es
  --slides A-B                  a lesson (augmented-rnns or a lesson file): slides A to B, default all
  --seconds-per-slide S         a lesson's text slides are held S seconds, default 4
  --narration                   a lesson: draw each simulation slide's title and caption into the picture`;

/** The usage of `render` (printed by `--help`). */
export const RENDER_USAGE = `usage: npm run --silent atenea -- render <scenario.json | preset | lesson.json | augmented-rnns> --out FILE [options]
  Renders a trace frame-exactly without showing a window (headless Chromium) and writes FILE:
  .mp4 (H.264), .webm (VP9), .gif (25 or 50 fps), .png (one frame: --from), .zip or a folder with
  --format png (every frame as frame-00000.png, ...). Presets are named as in \`atenea trace\`.
options:
${RENDER_OPTIONS}
exit codes: 0 written; 2 a bad argument or scenario (one line naming it); 3 no browser or renderer can start; 1 internal.`;

const bad = (message: string): never => {
  throw new CliError(EXIT.badInput, `render: ${message}`);
};

function integer(name: string, text: string | undefined, min: number, max: number): number {
  const v = text !== undefined && /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(v) || v < min || v > max)
    bad(`${name}: got ${text === undefined ? 'nothing' : previewString(text)}; allowed: a whole number from ${min} to ${max}`);
  return v;
}

function decimal(name: string, text: string | undefined, min: number, max: number): number {
  const v = text !== undefined && /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(v) || v < min || v > max)
    bad(`${name}: got ${text === undefined ? 'nothing' : previewString(text)}; allowed: a number from ${min} to ${max}`);
  return v;
}

const VALUED = [
  '--out',
  '--format',
  '--width',
  '--height',
  '--fps',
  '--from',
  '--to',
  '--seconds-per-step',
  '--seconds-per-transition',
  '--theme',
  '--lang',
  '--slides',
  '--seconds-per-slide',
] as const;

/** `--slides A-B` (or one slide `A`), 1-based. */
function slideRange(text: string): { from: number; to: number } {
  const m = /^(\d{1,4})(?:-(\d{1,4}))?$/.exec(text);
  const from = m ? Number(m[1]) : 0;
  const to = m ? Number(m[2] ?? m[1]) : 0;
  if (!m || from < 1 || to < from) bad(`--slides: got ${previewString(text)}; allowed: A-B with 1 ≤ A ≤ B (e.g. 1-3), or one slide number`);
  return { from, to };
}

/** Parses the arguments after `render`. */
export function parseRenderArgs(argv: readonly string[]): RenderArgs {
  const values = new Map<string, string>();
  const positional: string[] = [];
  let help = false;
  let narration = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg === '--narration') {
      narration = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if ((VALUED as readonly string[]).includes(name)) {
      const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) bad(`${name}: got nothing; allowed: ${name} VALUE`);
      if (values.has(name)) bad(`${name}: given twice`);
      values.set(name, value!);
    } else if (arg.startsWith('-') && arg !== '-') {
      bad(`unknown option ${previewString(arg)}; allowed: ${VALUED.join(', ')}, --help`);
    } else positional.push(arg);
  }
  const empty = {
    target: '',
    out: '',
    format: 'mp4' as const,
    sequence: false,
    zip: false,
    width: 0,
    height: 0,
    fps: 0,
    from: undefined,
    to: undefined,
    secondsPerStep: 1,
    secondsPerTransition: 0.3,
    language: 'es' as const,
    theme: 'dark' as const,
    slides: undefined,
    secondsPerSlide: 4,
    narration: false,
  };
  if (help) return { ...empty, help: true };
  if (positional.length === 0) bad('missing scenario; allowed: a scenario file (JSON) or a preset name, as for `atenea trace`');
  if (positional.length > 1) bad(`unexpected argument ${previewString(positional[1]!)}; allowed: one scenario file or preset`);
  const out = values.get('--out');
  if (out === undefined || out === '') bad('--out: missing; allowed: --out FILE (.mp4, .webm, .gif, .png, .zip, or a folder with --format png)');
  const ext = /\.([a-z0-9]+)$/i.exec(out!)?.[1]?.toLowerCase();
  const given = values.get('--format');
  if (given !== undefined && !(RENDER_FORMATS as readonly string[]).includes(given))
    bad(`--format: got ${previewString(given)}; allowed: ${RENDER_FORMATS.join(', ')}`);
  const fromExt = ext === 'zip' ? 'png' : ext;
  let format: RenderFormat;
  if (given !== undefined) {
    format = given as RenderFormat;
    if (fromExt !== undefined && (RENDER_FORMATS as readonly string[]).includes(fromExt) && fromExt !== format)
      bad(`--out: the extension .${ext} does not match --format ${format}`);
  } else if (fromExt !== undefined && (RENDER_FORMATS as readonly string[]).includes(fromExt)) format = fromExt as RenderFormat;
  else format = bad(`--out: cannot tell the format from ${previewString(out ?? '')}; allowed: a name ending in .mp4, .webm, .gif, .png or .zip, or --format`);
  const zip = ext === 'zip';
  if (zip && format !== 'png') bad('--out: a .zip holds a PNG sequence; use --format png');
  const sequence = format === 'png' && ext !== 'png';
  const width = values.has('--width') ? integer('--width', values.get('--width'), 16, 7680) : 1280;
  const height = values.has('--height') ? integer('--height', values.get('--height'), 16, 4320) : 720;
  const defaultFps = format === 'gif' ? 25 : 30;
  const fps = values.has('--fps') ? integer('--fps', values.get('--fps'), 1, 240) : defaultFps;
  if (format === 'gif' && fps !== 25 && fps !== 50) bad(`--fps: got ${fps}; allowed for GIF: 25 or 50 (GIF delays are in hundredths of a second)`);
  // What the recorder accepts (app/renderer/recorder/formats.ts), checked before Chromium starts.
  const rates = allowedFrameRates(format);
  if (!rates.includes(fps)) bad(`--fps: got ${fps}; allowed for ${format.toUpperCase()}: ${rates.slice(0, -1).join(', ')} or ${rates[rates.length - 1]}`);
  const from = values.has('--from') ? integer('--from', values.get('--from'), 0, 1_000_000) : undefined;
  const to = values.has('--to') ? integer('--to', values.get('--to'), 0, 1_000_000) : undefined;
  if (from !== undefined && to !== undefined && to < from) bad(`--to: got ${to}; allowed: a frame from --from (${from}) on`);
  const secondsPerStep = values.has('--seconds-per-step') ? decimal('--seconds-per-step', values.get('--seconds-per-step'), 0.01, 600) : 1;
  const secondsPerTransition = values.has('--seconds-per-transition')
    ? decimal('--seconds-per-transition', values.get('--seconds-per-transition'), 0, 600)
    : Math.min(0.3, secondsPerStep);
  if (secondsPerTransition > secondsPerStep)
    bad(`--seconds-per-transition: got ${secondsPerTransition}; allowed: at most --seconds-per-step (${secondsPerStep})`);
  const lang = values.get('--lang') ?? 'es';
  if (lang !== 'es' && lang !== 'en') bad(`--lang: got ${previewString(lang)}; allowed: es, en`);
  const theme = values.get('--theme') ?? 'dark';
  if (!(RENDER_THEMES as readonly string[]).includes(theme)) bad(`--theme: got ${previewString(theme)}; allowed: ${RENDER_THEMES.join(', ')}`);
  const slides = values.has('--slides') ? slideRange(values.get('--slides')!) : undefined;
  const secondsPerSlide = values.has('--seconds-per-slide') ? decimal('--seconds-per-slide', values.get('--seconds-per-slide'), 0.1, 600) : 4;
  return {
    target: positional[0]!,
    out: out!,
    format,
    sequence,
    zip,
    width,
    height,
    fps,
    from,
    to,
    secondsPerStep,
    secondsPerTransition,
    language: lang as 'es' | 'en',
    theme: theme as RenderTheme,
    slides,
    secondsPerSlide,
    narration,
    help: false,
  };
}
