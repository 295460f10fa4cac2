import { describe, expect, it } from 'vitest';
import { parseStartArgs } from './start-args.ts';

describe('parseStartArgs', () => {
  it('defaults to no switches', () => {
    expect(parseStartArgs([])).toEqual({
      ok: true,
      value: { e2e: false, gpu: 'default', gpuGiven: false, chromium: false, dev: false, verbose: false, help: false },
    });
  });

  it('reads --e2e, --gpu in both spellings, --chromium, --dev and --verbose', () => {
    expect(parseStartArgs(['--e2e', '--gpu=vulkan-x11', '--chromium', '--dev', '--verbose'])).toEqual({
      ok: true,
      value: { e2e: true, gpu: 'vulkan-x11', gpuGiven: true, chromium: true, dev: true, verbose: true, help: false },
    });
    expect(parseStartArgs(['--gpu', 'cpu'])).toMatchObject({ ok: true, value: { gpu: 'cpu', gpuGiven: true } });
    expect(parseStartArgs(['--gpu=default'])).toMatchObject({ ok: true, value: { gpu: 'default', gpuGiven: true } });
  });

  it.each([
    ['--gpu=metal', 'metal'],
    ['--gpu=', ''],
    ['--gpu', ''],
    ['--gpu=CPU', 'CPU'],
  ])('refuses %s with the allowed values', (arg, value) => {
    expect(parseStartArgs([arg])).toEqual({ ok: false, error: `--gpu must be one of default, vulkan-x11, cpu (got '${value}').` });
  });

  it('refuses unknown arguments', () => {
    const parsed = parseStartArgs(['--fullscreen']);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^Unknown argument '--fullscreen'\. Allowed:/);
  });
});
