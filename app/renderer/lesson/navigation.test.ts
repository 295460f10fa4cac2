import { describe, expect, it } from 'vitest';
import { actionForKey, clampFrame, ENTER_LAST, initialNav, reduce, settleFrame, type NavAction, type NavContext, type NavState } from './navigation.ts';

// Slides: 0 title, 1 simulation with frames 0..2, 2 text, 3 simulation with frames 1..3 (a frame range).
const spans: Record<number, { first: number; last: number }> = { 1: { first: 0, last: 2 }, 3: { first: 1, last: 3 } };
const ctx: NavContext = { slides: 4, span: (s) => spans[s] ?? null };
const run = (state: NavState, ...actions: NavAction[]) => actions.reduce((s, a) => reduce(s, a, ctx), state);
const next: NavAction = { type: 'next' };
const prev: NavAction = { type: 'prev' };

describe('lesson navigation', () => {
  it('next steps the frames of a simulation and then goes to the next slide', () => {
    const positions: string[] = [];
    let s = initialNav();
    for (let i = 0; i < 8; i++) {
      positions.push(`${s.position.slide}:${s.position.frame}`);
      s = run(s, next);
    }
    expect(positions).toEqual(['0:0', '1:0', '1:1', '1:2', '2:0', '3:1', '3:2', '3:3']);
    expect(run(s, next).position).toEqual({ slide: 3, frame: 3 }); // the end stays at the end
  });

  it('prev goes back across slides landing on the previous simulation’s last frame', () => {
    const s = run(initialNav({ slide: 2, frame: 0 }), prev);
    expect(s.position).toEqual({ slide: 1, frame: 2 });
    expect(run(s, prev).position).toEqual({ slide: 1, frame: 1 });
    // Entering a simulation whose trace is not known yet: the frame is clamped once it is.
    const unknown = reduce(initialNav({ slide: 2, frame: 0 }), prev, { slides: 4, span: () => null });
    expect(unknown.position).toEqual({ slide: 1, frame: ENTER_LAST });
    expect(settleFrame(unknown, ctx).position).toEqual({ slide: 1, frame: 2 });
    expect(settleFrame(initialNav({ slide: 2, frame: ENTER_LAST }), ctx).position.frame).toBe(0);
    expect(clampFrame(ENTER_LAST, spans[1]!)).toBe(2);
    expect(run(initialNav({ slide: 3, frame: 1 }), prev).position.slide).toBe(2);
    expect(run(initialNav(), prev).position).toEqual({ slide: 0, frame: 0 });
  });

  it('Home, End, digits then Enter, goto', () => {
    expect(run(initialNav({ slide: 2, frame: 0 }), { type: 'first' }).position).toEqual({ slide: 0, frame: 0 });
    expect(run(initialNav(), { type: 'last' }).position).toEqual({ slide: 3, frame: 1 });
    expect(run(initialNav(), { type: 'digit', digit: '3' }, { type: 'enter' }).position.slide).toBe(2);
    expect(run(initialNav(), { type: 'digit', digit: '9' }, { type: 'enter' }).position.slide).toBe(0);
    expect(run(initialNav(), { type: 'overview' }, { type: 'goto', slide: 3 })).toMatchObject({
      position: { slide: 3, frame: 1 },
      overview: false,
    });
  });

  it('blank, overview, help, laser toggle; Escape dismisses', () => {
    expect(run(initialNav(), { type: 'blank' }).blank).toBe(true);
    expect(run(initialNav(), { type: 'overview' }, { type: 'help' })).toMatchObject({ overview: false, help: true });
    expect(run(initialNav(), { type: 'laser' }).laser).toBe(true);
    expect(run(initialNav(), { type: 'help' }, { type: 'dismiss' }).help).toBe(false);
  });
});

describe('keys', () => {
  const s = initialNav();
  it('maps the clicker keys', () => {
    for (const k of ['ArrowRight', 'PageDown']) expect(actionForKey(k, s, false)).toEqual({ type: 'next' });
    for (const k of ['ArrowLeft', 'PageUp']) expect(actionForKey(k, s, false)).toEqual({ type: 'prev' });
    expect(actionForKey(' ', s, false)).toEqual({ type: 'next' });
    expect(actionForKey(' ', s, true)).toBe('play');
    expect(actionForKey('.', s, false)).toEqual({ type: 'blank' });
    expect(actionForKey('b', s, false)).toEqual({ type: 'blank' });
    expect(actionForKey('G', s, false)).toEqual({ type: 'overview' });
    expect(actionForKey('F5', s, false)).toBe('fullscreen');
    expect(actionForKey('p', s, false)).toBe('panel');
    expect(actionForKey('S', s, false)).toBe('presenter');
    expect(actionForKey('7', s, false)).toEqual({ type: 'digit', digit: '7' });
    expect(actionForKey('Enter', s, false)).toBeNull();
    expect(actionForKey('x', s, false)).toBeNull();
  });
  it('any key brings a blank screen back', () => {
    const blank = { ...s, blank: true };
    for (const k of ['x', 'PageDown', 'b', 'Escape']) expect(actionForKey(k, blank, false)).toEqual({ type: 'dismiss' });
  });
});
