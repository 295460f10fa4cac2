import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from './menu.ts';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function setup(developer = false, platform = 'linux', language: 'es' | 'en' = 'en') {
  const actions = { send: vi.fn(), openArticle: vi.fn(), developer };
  return { actions, all: items(buildMenuTemplate(actions, platform, language)) };
}

describe('buildMenuTemplate', () => {
  it('sends View → Reset camera to the renderer, showing R without stealing the key', () => {
    const { actions, all } = setup();
    const reset = all.find((item) => item.label === 'Reset camera')!;
    expect(reset.accelerator).toBe('R');
    expect(reset.registerAccelerator).toBe(false);
    reset.click!({} as never, undefined, {} as never);
    expect(actions.send).toHaveBeenCalledWith('reset-camera');
  });

  it('has playback commands whose keys stay with the page', () => {
    const { actions, all } = setup();
    for (const [label, command] of [
      ['Play / pause', 'play-pause'],
      ['Step forward', 'step-forward'],
      ['Step back', 'step-back'],
      ['First frame', 'first-frame'],
      ['Last frame', 'last-frame'],
    ] as const) {
      const item = all.find((i) => i.label === label)!;
      expect(item.registerAccelerator).toBe(false);
      item.click!({} as never, undefined, {} as never);
      expect(actions.send).toHaveBeenLastCalledWith(command);
    }
  });

  it('keeps the usual roles and shows developer tools only when asked', () => {
    const roles = (all: MenuItemConstructorOptions[]) => all.map((item) => item.role).filter(Boolean);
    expect(roles(setup().all)).toEqual(expect.arrayContaining(['quit', 'editMenu', 'togglefullscreen', 'windowMenu', 'help']));
    expect(roles(setup().all)).not.toContain('toggleDevTools');
    expect(roles(setup(true).all)).toContain('toggleDevTools');
    expect(roles(setup(false, 'darwin').all)).toContain('appMenu');
  });

  it('opens the article from Help', () => {
    const { actions, all } = setup();
    all.find((item) => item.label?.includes('Distill'))!.click!({} as never, undefined, {} as never);
    expect(actions.openArticle).toHaveBeenCalled();
  });

  it('speaks Spanish when the UI does: every labelled item translated, the current language checked', () => {
    const es = setup(true, 'linux', 'es').all;
    const en = setup(true, 'linux', 'en').all;
    expect(es.length).toBe(en.length);
    const labelled = es.filter((item) => item.label !== undefined && item.label !== 'Español' && item.label !== 'English');
    expect(labelled.length).toBeGreaterThan(20);
    for (const [k, item] of es.entries()) {
      if (item.label === undefined || item.label === 'Español' || item.label === 'English') continue;
      expect(item.label, `item ${k}`).not.toBe(en[k]!.label);
    }
    expect(es.find((item) => item.label === 'Restablecer la cámara')?.accelerator).toBe('R');
    expect(es.find((item) => item.label === 'Español')?.checked).toBe(true);
    expect(en.find((item) => item.label === 'English')?.checked).toBe(true);
  });
});
