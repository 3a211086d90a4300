import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleSnapshot } from '../../../src/capture/assemble';
import { sha256Hex } from '../../../src/capture/hash';
import { serializePage } from '../../../src/capture/serialize';
import { buildWacz } from '../../../src/capture/wacz/wacz';
import { analyzeFile } from '../../../src/cli/analyze-file';
import { analyzeWacz } from '../../../src/cli/wacz';
import { analyzeDocument } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/model';
import { translatorFor } from '../../../src/locales/index';
import { loadSafetyGate } from '../../../src/cli/safety-gate';
import { fixtureImage } from './zxing-node';

const IMAGES = fileURLToPath(new URL('../../fixtures/images/', import.meta.url));
const PAGE = join(IMAGES, 'saved-listing.html');
const REPORT = fileURLToPath(new URL('../../fixtures/safety-gate/report.xml', import.meta.url));
const URL_ = 'https://de.aliexpress.com/item/1005007214583690.html';
const options = { translate: translatorFor('en'), warn: () => undefined, safetyGate: loadSafetyGate([REPORT]) };

const finding = (analysis: Analysis | undefined, id: string) => analysis?.findings.find((f) => f.id === id);
const documentOf = (html: string) => parseHTML(html).document as unknown as Document;

describe("the CLI decodes the codes in a page's images", () => {
  const dir = mkdtempSync(join(tmpdir(), 'flagpost-images-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads the image files beside a saved page: a WhatsApp QR code and a recalled product's barcode", async () => {
    const analysis = await analyzeFile(PAGE, options);
    expect(finding(analysis, 'links.image-code')?.evidence).toEqual([
      `${pathToFileURL(join(IMAGES, 'qr-whatsapp.png')).href} → https://wa.me/8613800138000`,
    ]);
    expect(finding(analysis, 'product.safety-gate-match')?.evidence[0]).toContain('A12/09001/26');
  });

  it('judges a saved page whose images are missing exactly as before', async () => {
    const alone = join(dir, 'saved-listing.html');
    const html = readFileSync(PAGE, 'utf8');
    writeFileSync(alone, html);
    const analysis = await analyzeFile(alone, options);
    expect(analysis).toEqual(
      analyzeDocument(documentOf(html), URL_, { translate: options.translate, safetyGate: options.safetyGate }),
    );
    expect(finding(analysis, 'links.image-code')).toBeUndefined();
  });

  it('reads the images archived with a page in a WACZ', async () => {
    const html = readFileSync(PAGE, 'utf8').replace('qr-whatsapp.png', 'https://ae01.alicdn.com/kf/S1.png');
    const page = serializePage(documentOf(html), URL_, { width: 1280, height: 800, devicePixelRatio: 1 });
    const bytes = fixtureImage('qr-whatsapp.png');
    const snapshot = await assembleSnapshot({
      page,
      analysis: analyzeDocument(documentOf(html), URL_),
      resources: {
        parts: [
          {
            name: 'resources/0',
            mime: 'image/png',
            url: 'https://ae01.alicdn.com/kf/S1.png',
            bytes,
            sha256: await sha256Hex(bytes),
          },
        ],
        failed: [],
      },
      screenshot: { png: bytes },
      capturedAt: new Date('2026-03-01T10:00:00Z'),
      browser: { name: 'Test', version: '1' },
      extension: { name: 'Flagpost', version: '0.1.0' },
    });
    const file = join(dir, 'capture.wacz');
    writeFileSync(file, await buildWacz([snapshot], 'test'));
    const [analysis] = await analyzeWacz(file, options);
    expect(finding(analysis, 'links.image-code')?.evidence).toEqual([
      'https://ae01.alicdn.com/kf/S1.png → https://wa.me/8613800138000',
    ]);
  });
});
