import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { linksFromImageCodes } from '../../../src/core/checks/links/image-code';
import { extractPage } from '../../../src/core/extract';
import type { ImageCode, PageFacts } from '../../../src/core/facts';
import { judgePage } from '../../../src/core/judge';
import { listFixtures, readFixtureHtml } from '../../support/fixtures';

const IMAGE = 'https://ae01.alicdn.com/kf/S1234.jpg';

function facts(name: string, imageCodes: ImageCode[]): PageFacts {
  const fixture = listFixtures().find((f) => f.name === name);
  if (!fixture) throw new Error(`no fixture ${name}`);
  return {
    ...extractPage(parseHTML(readFixtureHtml(fixture)).document as unknown as Document, fixture.url),
    imageCodes,
  };
}

const imageFinding = (page: PageFacts) => judgePage(page).findings.find((f) => f.id === 'links.image-code');

describe('links.image-code', () => {
  it('turns decoded addresses and handles into image links, and leaves barcodes out', () => {
    expect(
      linksFromImageCodes([
        { image: IMAGE, format: 'QRCode', text: 'https://wa.me/8613800138000' },
        { image: IMAGE, format: 'QRCode', text: 'WhatsApp +86 138 0013 8000' },
        { image: IMAGE, format: 'EAN-13', text: '4068215937425' },
      ]).map((l) => [l.source, l.text]),
    ).toEqual(expect.arrayContaining([['image', IMAGE]]));
    expect(linksFromImageCodes([{ image: IMAGE, format: 'EAN-13', text: '4068215937425' }])).toEqual([]);
    expect(linksFromImageCodes(undefined)).toEqual([]);
  });

  it('reports a WhatsApp QR code in a marketplace listing image, naming the image', () => {
    const finding = imageFinding(
      facts('aliexpress/de-complete', [{ image: IMAGE, format: 'QRCode', text: 'https://wa.me/8613800138000' }]),
    );
    expect(finding?.severity).toBe('high');
    expect(finding?.evidence).toEqual([`${IMAGE} → https://wa.me/8613800138000`]);
  });

  it('reports an off-platform address as medium', () => {
    const finding = imageFinding(
      facts('aliexpress/de-complete', [
        { image: IMAGE, format: 'QRCode', text: 'https://cheap-outlet-shop.example.com/p/1' },
      ]),
    );
    expect(finding?.severity).toBe('medium');
  });

  it('gives nothing for a same-platform link, a barcode, plain text or no codes', () => {
    for (const code of [
      { image: IMAGE, format: 'QRCode', text: 'https://de.aliexpress.com/item/1005007214583690.html' },
      { image: IMAGE, format: 'EAN-13', text: '4068215937425' },
      { image: IMAGE, format: 'QRCode', text: 'Thank you for your order' },
    ]) {
      expect(imageFinding(facts('aliexpress/de-complete', [code])), code.text).toBeUndefined();
    }
    expect(imageFinding(facts('aliexpress/de-complete', []))).toBeUndefined();
  });

  it('is not raised on an unknown shop, where other sites are not "off the platform"', () => {
    expect(
      imageFinding(
        facts('generic/de-json-ld', [{ image: IMAGE, format: 'QRCode', text: 'https://wa.me/8613800138000' }]),
      ),
    ).toBeUndefined();
  });
});
