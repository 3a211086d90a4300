import { expect, it } from 'vitest';
import type { Adapter } from '../../src/core/adapters/types';
import { extractPage } from '../../src/core/extract';
import { linksFromText } from '../../src/core/links/text-handles';
import type { Analysis } from '../../src/core/model';
import { documentFrom } from './dom';
import { listFixtures, readFixtureHtml } from './fixtures';

/**
 * What an adapter, with the labelled-text pass that fills its gaps (extractPage), reads off each fixture
 * page of its folder, against the sidecar's exact values: everything except what link classification,
 * checks and CE derivation add (those run in fixtures.test.ts).
 */
export function itReadsItsFixtures(adapter: Adapter, folder: string): void {
  for (const fixture of listFixtures().filter((f) => f.name.startsWith(`${folder}/`))) {
    it(`reads ${fixture.name} as its sidecar says`, () => {
      const expected = fixture.expected as Partial<Analysis>;
      const input = { doc: documentFrom(readFixtureHtml(fixture)), url: new URL(fixture.url) };
      const pageType = adapter.pageType(input);
      expect(pageType).toBe(expected.pageType);
      if (pageType !== 'product' && pageType !== 'seller') return;
      const facts = extractPage(input.doc, fixture.url);
      expect(facts.listing).toEqual(expected.listing);
      expect(facts.trader).toEqual(expected.trader);
      if (expected.safety) {
        const { ceMarking: _derived, ...safety } = expected.safety;
        expect({ ceMarking: _derived, ...facts.safety }).toEqual({ ceMarking: _derived, ...safety });
      }
      // Links written as plain text are found while judging, from the texts the adapter read.
      const links = [...facts.links, ...linksFromText(facts.texts, facts.links)];
      expect(links.map((l) => l.href)).toEqual((expected.links ?? []).map((l) => l.href));
      expect([...facts.unreadable].sort()).toEqual([...(expected.unreadable ?? [])].sort());
      expect(facts.language).toBe(fixture.language);
    });
  }
}
