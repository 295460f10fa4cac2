/**
 * The layer rules (.dependency-cruiser.cjs) fail when they should: a cruise of a fixture tree that breaks each
 * rule once reports exactly those imports, and none of the allowed ones.
 */
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const fixture = fileURLToPath(new URL('./dependency-rules-fixture/', import.meta.url));

/** Cruises the fixture with the repository's rules; the violations as `rule: from -> to`, sorted. */
async function fixtureViolations(): Promise<string[]> {
  const config = await extractDepcruiseConfig(`${root}.dependency-cruiser.cjs`);
  const reported = await cruise(['core', 'app'], {
    baseDir: fixture,
    validate: true,
    ruleSet: { forbidden: config.forbidden ?? [] },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
  });
  const result: ICruiseResult | string = reported.output;
  if (typeof result === 'string') throw new Error('dependency-cruiser returned text instead of a result');
  // A package is named by its folder: the resolved file inside it depends on the install.
  const named = (to: string) => to.replace(/^.*node_modules\/([^/]+)\/.*$/, 'node_modules/$1');
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${named(v.to)}`).sort();
}

describe('the dependency rules', () => {
  it('report every forbidden import of the fixture and nothing else', async () => {
    const violations = await fixtureViolations();
    expect(violations).toEqual([
      'core-not-to-app: core/reads-app.ts -> app/node/tool.ts',
      'core-not-to-node: core/reads-file.ts -> fs',
      'core-not-to-platform: core/draws.ts -> node_modules/three',
      'host-not-to-main: app/host/uses-main.ts -> app/main/menu.ts',
      'main-not-to-host: app/main/uses-host.ts -> app/host/server.ts',
      'main-not-to-renderer: app/main/shows-page.ts -> app/renderer/page.ts',
      'no-circular: app/cli/ping.ts -> app/cli/pong.ts',
      'renderer-not-to-node-side: app/renderer/page.ts -> app/node/tool.ts',
    ]);
  }, 120_000);
});
