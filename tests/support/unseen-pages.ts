/**
 * Pages the adapters' author did not write, with what a person reads on them:
 * - blind fixtures (tests/fixtures/blind), written from the public research by a session that had not
 *   read the adapters;
 * - real pages saved from the live sites, read from ../shared/real-pages (never copied here), with the
 *   expectations written down in tests/real-pages/expectations.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Expectation } from './score';

export interface UnseenPage extends Expectation {
  /** "blind/amazon/de-bottle" or "real/amazon-de-chair-covers-2019.html" */
  name: string;
  url: string;
  htmlPath: string;
}

export const BLIND_DIR = fileURLToPath(new URL('../fixtures/blind/', import.meta.url));
export const REAL_PAGES_DIR = fileURLToPath(new URL('../../../shared/real-pages/', import.meta.url));
const REAL_EXPECTATIONS = fileURLToPath(new URL('../real-pages/expectations.json', import.meta.url));

export function blindPages(): UnseenPage[] {
  return readdirSync(BLIND_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((platform) =>
      readdirSync(join(BLIND_DIR, platform.name))
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => {
          const base = join(BLIND_DIR, platform.name, file.slice(0, -'.json'.length));
          const meta = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { url: string; expected: Record<string, unknown> };
          return { name: `blind/${platform.name}/${file.slice(0, -5)}`, url: meta.url, expected: meta.expected, htmlPath: `${base}.html` };
        }),
    );
}

/** Whether ../shared/real-pages is beside this checkout (it is not part of the repository). */
export const realPagesPresent = existsSync(REAL_PAGES_DIR);

/** The real pages' expectations keep what must (not) be found beside the fields. */
type RealExpected = Record<string, unknown> & Pick<Expectation, 'mustFind' | 'mustNotFind' | 'linksInclude'>;

export function realPages(): UnseenPage[] {
  if (!realPagesPresent) return [];
  const all = JSON.parse(readFileSync(REAL_EXPECTATIONS, 'utf8')) as Record<string, { url: string; expected: RealExpected }>;
  return Object.entries(all).map(([file, { url, expected }]) => ({
    url,
    expected,
    mustFind: expected.mustFind,
    mustNotFind: expected.mustNotFind,
    linksInclude: expected.linksInclude,
    name: `real/${file}`,
    htmlPath: join(REAL_PAGES_DIR, file),
  }));
}

export function readPageHtml(page: UnseenPage): string {
  return readFileSync(page.htmlPath, 'utf8');
}
