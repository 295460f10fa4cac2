import { describe, expect, it } from 'vitest';
import { findElectronBinary, type ElectronFs } from './electron-binary.ts';

function fakeFs(files: Record<string, string>): ElectronFs {
  return {
    existsSync: (path) => path in files,
    readFileSync: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT ${path}`);
      return text;
    },
  };
}

const dir = '/repo/node_modules/electron';

describe('findElectronBinary', () => {
  it('finds the binary that path.txt names under dist/', () => {
    const fs = fakeFs({ [`${dir}/path.txt`]: 'electron', [`${dir}/dist/electron`]: '' });
    expect(findElectronBinary(dir, {}, fs)).toBe(`${dir}/dist/electron`);
  });

  it('is missing when path.txt is absent (the binary was never downloaded)', () => {
    expect(findElectronBinary(dir, {}, fakeFs({}))).toBeUndefined();
  });

  it('is missing when path.txt names a file that is not there', () => {
    expect(findElectronBinary(dir, {}, fakeFs({ [`${dir}/path.txt`]: 'electron\n' }))).toBeUndefined();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as require("electron") does', () => {
    const fs = fakeFs({ '/opt/electron/electron': '' });
    expect(findElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, fs)).toBe('/opt/electron/electron');
    expect(findElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/none' }, fs)).toBeUndefined();
  });
});
