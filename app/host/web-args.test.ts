import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parsePort } from './port.ts';
import { parseWebArgs } from './web-args.ts';

describe('parsePort', () => {
  it('defaults to 4173 when unset or empty', () => {
    expect(parsePort(undefined)).toEqual({ ok: true, value: DEFAULT_PORT });
    expect(parsePort('')).toEqual({ ok: true, value: 4173 });
  });

  it('accepts 1 to 65535 in decimal digits', () => {
    expect(parsePort('1')).toEqual({ ok: true, value: 1 });
    expect(parsePort('8080')).toEqual({ ok: true, value: 8080 });
    expect(parsePort(' 65535 ')).toEqual({ ok: true, value: 65535 });
  });

  it.each(['0', '65536', '-1', '80.5', '1e3', '0x50', 'abc', '123456', '+80'])('refuses %s with what is allowed', (text) => {
    const parsed = parsePort(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toBe(`PORT must be a whole number from 1 to 65535 (got '${text}').`);
  });

  it('accepts 0 only when asked to', () => {
    expect(parsePort('0', 'port', true)).toEqual({ ok: true, value: 0 });
  });
});

describe('parseWebArgs', () => {
  it('reads PORT and builds by default', () => {
    expect(parseWebArgs([], {})).toEqual({ ok: true, value: { port: 4173, build: true, help: false } });
    expect(parseWebArgs([], { PORT: '5000' })).toEqual({ ok: true, value: { port: 5000, build: true, help: false } });
  });

  it('lets --port win over PORT, in both spellings', () => {
    expect(parseWebArgs(['--port=5001'], { PORT: '5000' })).toMatchObject({ ok: true, value: { port: 5001 } });
    expect(parseWebArgs(['--port', '5002'], { PORT: '5000' })).toMatchObject({ ok: true, value: { port: 5002 } });
  });

  it('reads --no-build and --help', () => {
    expect(parseWebArgs(['--no-build', '-h'], {})).toEqual({ ok: true, value: { port: 4173, build: false, help: true } });
  });

  it('names the source of a bad port', () => {
    expect(parseWebArgs([], { PORT: 'x' })).toEqual({ ok: false, error: "PORT must be a whole number from 1 to 65535 (got 'x')." });
    expect(parseWebArgs(['--port=99999'], {})).toEqual({
      ok: false,
      error: "--port must be a whole number from 1 to 65535 (got '99999').",
    });
    expect(parseWebArgs(['--port'], {})).toMatchObject({ ok: false });
    expect(parseWebArgs(['--port='], {})).toMatchObject({ ok: false });
  });

  it('refuses unknown arguments', () => {
    expect(parseWebArgs(['--open'], {})).toEqual({ ok: false, error: "Unknown argument '--open'. Allowed: --port=N, --no-build, --help." });
  });
});
