import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/core/analyze';
import { serializePage } from '../../../src/capture/serialize';
import { listFixtures, readFixtureHtml } from '../../support/fixtures';
import { documentFrom } from '../../support/dom';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const planted = JSON.parse(readFileSync(new URL('personal-data.json', FIXTURES), 'utf8')) as {
  pages: Record<string, { url: string; personal: string[]; kept: string[] }>;
};
const VIEWPORT = { width: 1280, height: 800, devicePixelRatio: 1 };

function snapshotOf(file: string, url: string) {
  return serializePage(documentFrom(readFileSync(new URL(file, FIXTURES), 'utf8')), url, VIEWPORT);
}

describe.each(Object.entries(planted.pages))('redaction of %s', (file, page) => {
  const snapshot = snapshotOf(file, page.url);
  const kept = `${snapshot.html}\n${snapshot.resources.join('\n')}\n${snapshot.title}`;

  it.each(page.personal)('keeps no trace of the shopper data "%s"', (value) => {
    expect(kept).not.toContain(value);
    // nor in the list of what was redacted, which only says where
    expect(JSON.stringify(snapshot.redactions)).not.toContain(value);
  });

  it('keeps the listing and the trader', () => {
    for (const value of page.kept) expect(snapshot.html).toContain(value);
  });

  it('drops every executable script and inline handler', () => {
    const doc = documentFrom(snapshot.html);
    const scripts = Array.from(doc.querySelectorAll('script'));
    expect(scripts.every((s) => s.getAttribute('type') === 'application/ld+json')).toBe(true);
    const handlers = Array.from(doc.querySelectorAll('*')).flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on')));
    expect(handlers).toEqual([]);
  });

  it('lists what it redacted, by kind', () => {
    const kinds = new Set(snapshot.redactions.map((r) => r.kind));
    expect(kinds).toContain('account');
    expect(snapshot.redactions.every((r) => r.where.length > 0 && r.chars >= 0)).toBe(true);
  });
});

describe('redaction of the signed-in Amazon page', () => {
  it('finds the account, the delivery address, the basket and the form values', () => {
    const { redactions } = snapshotOf('amazon-signed-in.html', planted.pages['amazon-signed-in.html']!.url);
    expect(new Set(redactions.map((r) => r.kind))).toEqual(new Set(['account', 'address', 'basket', 'input', 'script', 'attribute']));
  });

  it('leaves the analysis of the listing unchanged', () => {
    const url = planted.pages['amazon-signed-in.html']!.url;
    const original = analyzeDocument(documentFrom(readFileSync(new URL('amazon-signed-in.html', FIXTURES), 'utf8')), url);
    const kept = analyzeDocument(documentFrom(snapshotOf('amazon-signed-in.html', url).html), url);
    expect(kept.trader).toEqual(original.trader);
    expect(kept.safety).toEqual(original.safety);
    expect(kept.findings.map((f) => f.id)).toEqual(original.findings.map((f) => f.id));
  });
});

describe('redaction never takes listing content', () => {
  // The demo pages hold no shopper data beyond a signed-out header: the trader and safety sections must survive intact.
  it.each(listFixtures().filter((f) => f.state === 'complete').map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const snapshot = serializePage(documentFrom(readFixtureHtml(fixture)), fixture.url, VIEWPORT);
    const before = analyzeDocument(documentFrom(readFixtureHtml(fixture)), fixture.url);
    const after = analyzeDocument(documentFrom(snapshot.html), fixture.url);
    expect(after.trader).toEqual(before.trader);
    expect(after.safety).toEqual(before.safety);
  });
});
