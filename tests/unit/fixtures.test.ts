import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/model';
import { documentFrom } from '../support/dom';
import { listFixtures, readFixtureHtml } from '../support/fixtures';

/**
 * Every fixture page, analysed as the CLI would, against the exact values in its sidecar.
 * `expected` may hold any top-level field of the analysis; these are compared specially:
 * - findings: the sorted list of finding ids;
 * - links: [{ href, kind, suspicious }] in page order;
 * - unreadable: sorted.
 */
const fixtures = listFixtures();

describe.each(fixtures.map((f) => [f.name, f] as const))('fixture %s', (_name, fixture) => {
  const analysis: Analysis = analyzeDocument(documentFrom(readFixtureHtml(fixture)), fixture.url);

  for (const [field, expected] of Object.entries(fixture.expected)) {
    it(field, () => {
      if (field === 'findings') {
        expect(analysis.findings.map((f) => f.id).sort()).toEqual([...(expected as string[])].sort());
      } else if (field === 'links') {
        expect(analysis.links.map(({ href, kind, suspicious }) => ({ href, kind, suspicious }))).toEqual(expected);
      } else if (field === 'unreadable') {
        expect(analysis.unreadable).toEqual([...(expected as string[])].sort());
      } else {
        expect(analysis[field as keyof Analysis]).toEqual(expected);
      }
    });
  }
});
