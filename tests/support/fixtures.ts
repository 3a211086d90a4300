import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

export type FixtureState = 'complete' | 'partial' | 'changed-layout' | 'hostile' | 'other';

/** The sidecar <name>.json beside each fixture page <name>.html. */
export interface FixtureMeta {
  /** The real address the page stands for; the demo marketplace serves it there. */
  url: string;
  language: string;
  state: FixtureState;
  /** One line for the demo index. */
  description: string;
  /** Exact expected values of the analysis (any subset of its fields; see fixtures.test.ts). */
  expected: Record<string, unknown>;
}

export interface Fixture extends FixtureMeta {
  /** e.g. "aliexpress/de-complete" */
  name: string;
  htmlPath: string;
}

export function listFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const platform of readdirSync(PAGES_DIR).sort()) {
    const dir = join(PAGES_DIR, platform);
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.json')) continue;
      const base = file.slice(0, -'.json'.length);
      const meta = JSON.parse(readFileSync(join(dir, file), 'utf8')) as FixtureMeta;
      fixtures.push({ ...meta, name: `${platform}/${base}`, htmlPath: join(dir, `${base}.html`) });
    }
  }
  return fixtures;
}

export function readFixtureHtml(fixture: Fixture): string {
  return readFileSync(fixture.htmlPath, 'utf8');
}

/** Whether the store manifest's content-script patterns match this address (else Flagpost only runs on click). */
export function matchedByManifest(url: string, patterns: readonly string[]): boolean {
  const { protocol, hostname } = new URL(url);
  return patterns.some((pattern) => {
    const [, scheme = '', host = ''] = /^(\*|https?):\/\/([^/]+)\//.exec(pattern) ?? [];
    const schemeOk = scheme === '*' ? /^https?:$/.test(protocol) : protocol === `${scheme}:`;
    const hostOk = host.startsWith('*.') ? hostname === host.slice(2) || hostname.endsWith(host.slice(1)) : hostname === host;
    return schemeOk && hostOk;
  });
}

/** One product page per marketplace (in the given state) that the content script runs on by itself. */
export function demoListings(patterns: readonly string[], state: FixtureState = 'complete'): Fixture[] {
  const byPlatform = new Map<string, Fixture>();
  for (const fixture of listFixtures()) {
    const platform = fixture.name.split('/')[0] ?? '';
    if (
      fixture.state === state &&
      fixture.expected.pageType === 'product' &&
      matchedByManifest(fixture.url, patterns) &&
      !byPlatform.has(platform)
    ) {
      byPlatform.set(platform, fixture);
    }
  }
  return [...byPlatform.values()];
}
