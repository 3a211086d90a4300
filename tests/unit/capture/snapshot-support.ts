import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../../../src/core/analyze';
import { assembleSnapshot } from '../../../src/capture/assemble';
import { serializePage } from '../../../src/capture/serialize';
import type { Snapshot } from '../../../src/capture/types';
import { documentFrom } from '../../support/dom';

export const FIXTURES = new URL('./fixtures/', import.meta.url);
export const AMAZON_URL = 'https://www.amazon.de/Holzwerk-Brandner-Holzeisenbahn-Starter-Set-Buchenholz/dp/B0C7K2M4QX';
export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
export const PNG_SHA256 = '7f47b756761a46e6d4a4d96f0d8a4448f8449235009d1f3ad1493f5c773c19e8';

/** A snapshot of the signed-in Amazon fixture, as the extension would assemble it. */
export async function amazonSnapshot(capturedAt = new Date('2026-03-01T10:00:00Z')): Promise<Snapshot> {
  const html = readFileSync(new URL('amazon-signed-in.html', FIXTURES), 'utf8');
  const page = serializePage(documentFrom(html), AMAZON_URL, { width: 1280, height: 800, devicePixelRatio: 1 });
  const analysis = analyzeDocument(documentFrom(html), AMAZON_URL);
  const image = page.resources.find((url) => url.endsWith('.jpg')) as string;
  return assembleSnapshot({
    page,
    analysis,
    resources: { parts: [{ name: 'resources/0', mime: 'image/jpeg', url: image, bytes: PNG, sha256: PNG_SHA256 }], failed: [] },
    screenshot: { png: PNG },
    capturedAt,
    browser: { name: 'Test', version: '1' },
    extension: { name: 'Flagpost', version: '0.1.0' },
  });
}
