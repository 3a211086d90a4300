import { expect } from 'vitest';
import { extractPage } from '../../src/core/extract';
import { adapterForUrl } from '../../src/core/adapters/index';
import type { Extraction, PageFacts } from '../../src/core/facts';
import { linksFromText } from '../../src/core/links/text-handles';
import type { Analysis } from '../../src/core/model';
import { documentFrom } from './dom';
import { listFixtures, readFixtureHtml, type Fixture } from './fixtures';

/** The fixtures of one platform. */
export function fixturesOf(platform: string): Fixture[] {
  return listFixtures().filter((f) => f.name.startsWith(`${platform}/`));
}

export function factsOf(html: string, url: string): PageFacts {
  return extractPage(documentFrom(html), url);
}

/** What the marketplace's adapter alone reads, before the page's labelled text fills its gaps. */
export function adapterFactsOf(html: string, url: string): Extraction {
  const parsed = new URL(url);
  return adapterForUrl(parsed).extract({ doc: documentFrom(html), url: parsed });
}

/**
 * Everything the adapter itself reads, against the sidecar: the fixture test also compares link kinds,
 * findings and CE marking, which come from other modules.
 */
export function expectAdapterReads(facts: PageFacts, expected: Partial<Analysis>): void {
  expect(facts.platform).toBe(expected.platform);
  expect(facts.pageType).toBe(expected.pageType);
  expect(facts.language).toBe(expected.language);
  expect(facts.listing).toEqual(expected.listing);
  expect(facts.trader).toEqual(expected.trader);
  const { ceMarking: _derived, ...safety } = expected.safety ?? {};
  expect({ ...facts.safety, ceMarking: undefined }).toEqual({ ...safety, ceMarking: undefined });
  expect([...facts.unreadable].sort()).toEqual(expected.unreadable);
  // Links written as plain text are found while judging, from the texts the adapter read.
  const links = [...facts.links, ...linksFromText(facts.texts, facts.links)];
  expect(links.map((l) => l.href)).toEqual((expected.links ?? []).map((l) => l.href));
}

/** A fixture page with `from` replaced by `to` (the replacement must happen). */
export function edited(html: string, from: string | RegExp, to: string): string {
  const result = html.replace(from, to);
  expect(result).not.toBe(html);
  return result;
}

/** Every href in elements matching `selector`, resolved against the page. */
export function hrefsIn(html: string, selector: string, base: string): string[] {
  const doc = documentFrom(html);
  return Array.from(doc.querySelectorAll(`${selector} a[href]`)).map(
    (a) => new URL(a.getAttribute('href') ?? '', base).href,
  );
}

export { readFixtureHtml };
