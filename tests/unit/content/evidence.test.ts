import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/core/analyze';
import type { Finding } from '../../../src/core/model';
import { evidenceElement } from '../../../src/content/evidence';
import { documentFrom } from '../../support/dom';
import { listFixtures, readFixtureHtml } from '../../support/fixtures';

const fixture = listFixtures().find((f) => f.name === 'aliexpress/de-partial');
if (!fixture) throw new Error('fixture missing');
const doc = documentFrom(readFixtureHtml(fixture));
const analysis = analyzeDocument(doc, fixture.url);
const finding = (id: string): Finding => {
  const found = analysis.findings.find((f) => f.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const nothing = doc.createElement('flagpost-badge');

describe('evidenceElement', () => {
  it('points a link finding at the <a> with that address', () => {
    const el = evidenceElement(finding('links.shortener'), analysis, doc, nothing);
    expect(el?.tagName).toBe('A');
    expect(el?.getAttribute('href')).toBe('https://bit.ly/3hengda-rc');
  });

  it('points a trader finding at the box that holds the trader details', () => {
    const el = evidenceElement(finding('trader.contact-missing'), analysis, doc, nothing);
    const text = el?.textContent ?? '';
    expect(text).toContain('Yiwu Hengda Toys Trading Co., Ltd.');
    expect(text).toContain('Room 502, No. 19 Futian Road');
    expect(el?.tagName).not.toBe('BODY');
  });

  it('finds nothing rather than guessing', () => {
    const invented: Finding = { ...finding('trader.contact-missing'), evidence: ['Nowhere on this page GmbH'] };
    expect(
      evidenceElement(invented, { ...analysis, trader: { ...analysis.trader, name: 'Nobody' } }, doc, nothing),
    ).toBeNull();
  });
});
