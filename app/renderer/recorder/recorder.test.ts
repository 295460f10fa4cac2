import { describe, expect, it } from 'vitest';
import { buildTrace } from '#core/trace/trace.ts';
import type { ViewInput } from '../scene/view.ts';
import type { ByteSink, SinkWrite } from './byte-sink.ts';
import { RecordingCancelled, frameInput, jobSchedule, record, type RecordingJob } from './recorder.ts';

const trace = buildTrace(
  'ntm',
  [0, 1, 2, 3].map((step) => [{ stage: 'read', data: { step } }]),
);
const job: RecordingJob = {
  trace,
  from: 0,
  to: 3,
  fps: 25,
  secondsPerStep: 0.2,
  secondsPerTransition: 0.08,
  width: 8,
  height: 4,
  format: 'gif',
  language: 'en',
  cameraMoved: false,
};

function fakeSink(): ByteSink & { writes: SinkWrite[]; finished: number; aborted: number } {
  const s = {
    folder: false,
    writes: [] as SinkWrite[],
    finished: 0,
    aborted: 0,
    write: async (w: SinkWrite) => void s.writes.push(w),
    finish: async () => void s.finished++,
    abort: async () => void s.aborted++,
  };
  return s;
}

/** A picture that encodes the scene input, so each output frame is recognisable. */
function readPixels(seen: ViewInput[]) {
  return async (input: ViewInput, size: { width: number; height: number }) => {
    seen.push(input);
    const data = new Uint8Array(size.width * size.height * 4).fill(Math.round(input.frame * 60 + (1 - input.progress) * 30));
    return { ...size, data };
  };
}

describe('record', () => {
  it('renders exactly the schedule, in order, and finishes the sink', async () => {
    const seen: ViewInput[] = [];
    const sink = fakeSink();
    const progress: number[] = [];
    const result = await record(job, sink, { readPixels: readPixels(seen), now: () => 0 }, { onProgress: (p) => progress.push(p.done) });
    expect(result.frames).toBe(20);
    // three palette samples first (frames 0, 10, 19), then every frame 0…19
    const schedule = jobSchedule(job);
    expect(seen.slice(3)).toEqual(Array.from({ length: 20 }, (_, k) => frameInput(job, schedule, k)));
    expect(progress).toEqual(Array.from({ length: 21 }, (_, k) => k));
    expect(sink.finished).toBe(1);
    expect(sink.aborted).toBe(0);
    // contiguous writes from 0: a GIF header … trailer
    let at = 0;
    for (const w of sink.writes) {
      expect(w.position).toBe(at);
      at += w.data.length;
    }
    expect(String.fromCharCode(...sink.writes[0]!.data.subarray(0, 6))).toBe('GIF89a');
    expect(sink.writes.at(-1)!.data.at(-1)).toBe(0x3b);
  });

  it('cancel halfway aborts the sink (no file) and never finishes it', async () => {
    const controller = new AbortController();
    const sink = fakeSink();
    const seen: ViewInput[] = [];
    const run = record(
      job,
      sink,
      { readPixels: readPixels(seen), now: () => 0 },
      { signal: controller.signal, onProgress: (p) => p.done === 10 && controller.abort() },
    );
    await expect(run).rejects.toBeInstanceOf(RecordingCancelled);
    expect(sink.aborted).toBe(1);
    expect(sink.finished).toBe(0);
    expect(seen.length).toBeLessThanOrEqual(3 + 11);
  });

  it('a failing sink aborts and rethrows the failure', async () => {
    const sink = fakeSink();
    sink.write = async () => {
      throw new Error('no permission to write in /srv');
    };
    await expect(record(job, sink, { readPixels: readPixels([]), now: () => 0 })).rejects.toThrow('no permission to write in /srv');
    expect(sink.aborted).toBe(1);
  });

  it('a single PNG is one frame at rest on `from`; GIF refuses 30 fps', () => {
    const png = jobSchedule({ ...job, format: 'png', fps: 30, from: 2, to: 2 });
    expect(png.frameCount).toBe(1);
    expect(png.at(0)).toEqual({ frame: 2, fromFrame: 2, progress: 1 });
    expect(() => jobSchedule({ ...job, fps: 30 })).toThrow(/gif exports at 25 or 50 fps/);
  });
});

describe('frameInput theme', () => {
  it('passes the job theme to every scene input (default dark), and nothing else changes with it', async () => {
    const { DARK_THEME, LIGHT_THEME } = await import('../scene/theme.ts');
    const schedule = jobSchedule(job);
    expect(frameInput(job, schedule, 3).theme).toBe(DARK_THEME);
    const light = frameInput({ ...job, theme: 'light' }, schedule, 3);
    expect(light.theme).toBe(LIGHT_THEME);
    const { theme: _a, ...rest } = light;
    const { theme: _b, ...restDark } = frameInput({ ...job, theme: 'dark' }, schedule, 3);
    expect(rest).toEqual(restDark);
    const seen: ViewInput[] = [];
    await record({ ...job, theme: 'light' }, fakeSink(), { readPixels: readPixels(seen), now: () => 0 });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((i) => i.theme === LIGHT_THEME)).toBe(true);
  });
});
