import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { linksIn } from '../../../src/core/adapters/dom';
import { analyzeDocument } from '../../../src/core/analyze';
import { MAX_LINKS } from '../../../src/core/links/limits';
import { listFixtures, readFixtureHtml } from '../../support/fixtures';

const anchors = (n: number) => Array.from({ length: n }, (_, i) => `<a href="https://bit.ly/l${i}">${i}</a>`).join('');

describe('links read from one page', () => {
  it('stops reading one past the cap, so the work is bounded and the excess is known', () => {
    const { document } = parseHTML(`<div>${anchors(MAX_LINKS * 3)}</div>`);
    expect(linksIn(document.querySelector('div'), 'description', new URL('https://shop.example/'))).toHaveLength(MAX_LINKS + 1);
  });

  it('keeps the first 5,000 of a listing with more, and says the rest were not read', () => {
    const fixture = listFixtures().find((f) => f.name === 'amazon/de-complete');
    if (!fixture) throw new Error('fixture amazon/de-complete is gone');
    const html = readFixtureHtml(fixture);
    const { document } = parseHTML(html);
    const root = document.querySelector('#productDescription, #feature-bullets, #aplus');
    if (!root) throw new Error('the fixture has no description to add links to');
    root.insertAdjacentHTML('beforeend', anchors(MAX_LINKS + 500));
    const analysis = analyzeDocument(document as unknown as Document, fixture.url);
    expect(analysis.links.length).toBe(MAX_LINKS);
    expect(analysis.linksCapped).toBe(true);
    expect(analyzeDocument(parseHTML(html).document as unknown as Document, fixture.url).linksCapped).toBeUndefined();
  });
});
