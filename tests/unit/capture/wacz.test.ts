import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildWacz } from '../../../src/capture/wacz/wacz';
import { readWacz } from '../../../src/capture/wacz/read';
import { AMAZON_URL, amazonSnapshot, PNG_SHA256 } from './snapshot-support';

const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('WACZ writer, read back with warcio', async () => {
  const first = await amazonSnapshot();
  const second = await amazonSnapshot(new Date('2026-03-02T09:30:00Z'));
  const wacz = await readWacz(await buildWacz([first, second], 'Flagpost 0.1.0 (test)'));

  it('has the WACZ 1.1.1 layout', () => {
    expect(Object.keys(wacz.files).sort()).toEqual([
      'archive/data.warc',
      'datapackage-digest.json',
      'datapackage.json',
      'indexes/index.cdx',
      'pages/pages.jsonl',
    ]);
    expect(wacz.datapackage.profile).toBe('data-package');
    expect(wacz.datapackage.wacz_version).toBe('1.1.1');
    expect(wacz.datapackage.mainPageUrl).toBe(AMAZON_URL);
  });

  it('lists every file with its true size and SHA-256, and the datapackage in the digest file', () => {
    for (const resource of wacz.datapackage.resources) {
      const bytes = wacz.files[resource.path] as Uint8Array;
      expect(resource.bytes).toBe(bytes.byteLength);
      expect(resource.hash).toBe(sha256(bytes));
    }
    expect(wacz.datapackage.resources.map((r) => r.path).sort()).toEqual(['archive/data.warc', 'indexes/index.cdx', 'pages/pages.jsonl']);
    const digest = JSON.parse(text(wacz.files['datapackage-digest.json'] as Uint8Array)) as { path: string; hash: string };
    expect(digest).toEqual({ path: 'datapackage.json', hash: sha256(wacz.files['datapackage.json'] as Uint8Array) });
  });

  it('has one page line per snapshot', () => {
    expect(wacz.pages.map((p) => [p.url, p.ts])).toEqual([
      [AMAZON_URL, '2026-03-01T10:00:00.000Z'],
      [AMAZON_URL, '2026-03-02T09:30:00.000Z'],
    ]);
  });

  it('writes warcinfo, a response for the page and each resource, and records for the screenshot, analysis and metadata', () => {
    const types = wacz.records.map((r) => `${r.type} ${r.url.replace(AMAZON_URL, 'PAGE')} ${r.mime}`);
    expect(types[0]).toMatch(/^warcinfo /);
    const one = types.slice(1, 1 + types.length / 2);
    expect(one[0]).toBe('response PAGE text/html');
    expect(one[1]).toMatch(/^response https:\/\/m\.media-amazon\.com\/.+\.jpg image\/jpeg$/);
    expect(one.slice(2)).toEqual([
      'resource urn:view:PAGE image/png',
      'resource urn:flagpost:analysis:PAGE application/json',
      'metadata urn:flagpost:metadata:PAGE application/json',
      'resource urn:flagpost:manifest:PAGE application/json',
    ]);
  });

  it('gives every record a payload and block digest that match its bytes', () => {
    for (const record of wacz.records.filter((r) => r.type !== 'warcinfo')) {
      expect(record.payloadDigest).toBe(sha256(record.payload));
      expect(record.blockDigest).toBe(sha256(record.block));
    }
  });

  it('keeps the parts exactly as the snapshot manifest hashed them', () => {
    const page = wacz.records.find((r) => r.type === 'response' && r.url === AMAZON_URL);
    const manifestEntry = first.manifest.parts.find((p) => p.name === 'page.html');
    expect(sha256(page?.payload as Uint8Array)).toBe(`sha256:${manifestEntry?.sha256}`);
    const image = wacz.records.find((r) => r.url.endsWith('.jpg'));
    expect(sha256(image?.payload as Uint8Array)).toBe(`sha256:${PNG_SHA256}`);
    const manifest = JSON.parse(text(wacz.records.find((r) => r.url.startsWith('urn:flagpost:manifest:'))?.payload as Uint8Array));
    expect(manifest).toEqual(first.manifest);
  });

  it('indexes every record in sorted CDXJ that points at its offset', () => {
    const lines = text(wacz.files['indexes/index.cdx'] as Uint8Array).trim().split('\n');
    expect(lines).toEqual([...lines].sort());
    expect(lines).toHaveLength(wacz.records.length - 1);
    const warc = wacz.files['archive/data.warc'] as Uint8Array;
    for (const line of lines) {
      const fields = JSON.parse(line.slice(line.indexOf('{'))) as { url: string; offset: string; length: string; filename: string };
      expect(fields.filename).toBe('data.warc');
      const record = text(warc.subarray(Number(fields.offset), Number(fields.offset) + Number(fields.length)));
      expect(record.startsWith('WARC/1.1\r\n')).toBe(true);
      expect(record).toContain(`WARC-Target-URI: ${fields.url}\r\n`);
    }
  });

  it('carries no shopper data anywhere in the archive', () => {
    const everything = Object.values(wacz.files).map(text).join('\n');
    for (const value of ['Annegret', 'Quandtmeier', 'Rosenthaler', 'Kaffeemühle', 'tok-7f3a9c1e5b']) expect(everything).not.toContain(value);
  });
});
