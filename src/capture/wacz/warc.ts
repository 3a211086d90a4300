import { WARCRecord, WARCSerializer, type WARCRecordOpts } from 'warcio';
import { sha256Hex } from '../hash';
import type { Snapshot, SnapshotPart } from '../types';

/** One written record and what the CDXJ index needs to find it. */
export interface WrittenRecord {
  url: string;
  date: string;
  type: 'warcinfo' | 'response' | 'resource' | 'metadata';
  mime: string;
  status?: number;
  digest: string;
  offset: number;
  length: number;
}

const encoder = new TextEncoder();
const PLACEHOLDER = `sha256:${'0'.repeat(64)}`;
// warcio would hash with hash-wasm (WebAssembly, which the extension's CSP forbids): Flagpost gives
// it the digests, computed with Web Crypto, so warcio never needs a hasher.
const NO_HASHER = { gzip: false, digest: { algo: '' } } as const;

function find(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  outer: for (let i = from; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Serializes a record whose block differs from its payload (HTTP headers in front): the block
 * digest is known only once warcio has written the headers, so a same-length placeholder is
 * written first and replaced.
 */
async function serializeWithBlockDigest(opts: WARCRecordOpts, body: Uint8Array): Promise<Uint8Array> {
  const payloadDigest = `sha256:${await sha256Hex(body)}`;
  const record = WARCRecord.create(
    { ...opts, warcHeaders: { ...(opts.warcHeaders as Record<string, string>), 'WARC-Payload-Digest': payloadDigest, 'WARC-Block-Digest': PLACEHOLDER } },
    [body],
  );
  const bytes = await WARCSerializer.serialize(record, NO_HASHER);
  const headerEnd = find(bytes, encoder.encode('\r\n\r\n')) + 4;
  const length = Number(record.warcHeaders.headers.get('Content-Length'));
  const blockDigest = encoder.encode(`sha256:${await sha256Hex(bytes.subarray(headerEnd, headerEnd + length))}`);
  bytes.set(blockDigest, find(bytes.subarray(0, headerEnd), encoder.encode(PLACEHOLDER)));
  return bytes;
}

async function serializePlain(opts: WARCRecordOpts, body: Uint8Array): Promise<Uint8Array> {
  const digest = `sha256:${await sha256Hex(body)}`;
  const record = WARCRecord.create({ ...opts, warcHeaders: { ...(opts.warcHeaders as Record<string, string>), 'WARC-Payload-Digest': digest, 'WARC-Block-Digest': digest } }, [body]);
  return WARCSerializer.serialize(record, NO_HASHER);
}

/**
 * A record id derived from what the record is (snapshot, type, address) instead of a random one, so
 * exporting the same snapshots again gives the same bytes: a notice can cite the WACZ by its hash.
 */
async function recordId(seed: string): Promise<string> {
  const hex = await sha256Hex(encoder.encode(seed));
  return `<urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}>`;
}

/** Where Flagpost's own parts of a snapshot live in the archive (not fetched from the web). */
export function partUrl(kind: 'view' | 'analysis' | 'metadata' | 'manifest', pageUrl: string): string {
  return kind === 'view' ? `urn:view:${pageUrl}` : `urn:flagpost:${kind}:${pageUrl}`;
}

export class WarcWriter {
  private readonly chunks: Uint8Array[] = [];
  private offset = 0;
  readonly records: WrittenRecord[] = [];

  constructor(private readonly filename: string) {}

  private push(bytes: Uint8Array, record: Omit<WrittenRecord, 'offset' | 'length'>): void {
    this.records.push({ ...record, offset: this.offset, length: bytes.byteLength });
    this.chunks.push(bytes);
    this.offset += bytes.byteLength;
  }

  /** `seed` names the archive's content (its snapshots), for the record id. */
  async warcinfo(info: Record<string, string>, date: string, seed: string): Promise<void> {
    const warcHeaders = { 'WARC-Record-ID': await recordId(`warcinfo ${date} ${seed}`) };
    const record = WARCRecord.createWARCInfo({ filename: this.filename, warcVersion: 'WARC/1.1', date, warcHeaders }, info);
    const bytes = await WARCSerializer.serialize(record, NO_HASHER);
    this.push(bytes, { url: '', date, type: 'warcinfo', mime: 'application/warc-fields', digest: '' });
  }

  async response(url: string, date: string, mime: string, body: Uint8Array): Promise<void> {
    const bytes = await serializeWithBlockDigest(
      { url, date, type: 'response', warcVersion: 'WARC/1.1', warcHeaders: { 'WARC-Record-ID': await recordId(`response ${date} ${url}`) }, statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': mime, 'Content-Length': String(body.byteLength) } },
      body,
    );
    this.push(bytes, { url, date, type: 'response', mime, status: 200, digest: `sha256:${await sha256Hex(body)}` });
  }

  async resource(type: 'resource' | 'metadata', url: string, date: string, mime: string, body: Uint8Array, refersTo?: string): Promise<void> {
    const bytes = await serializePlain(
      { url, date, type, warcVersion: 'WARC/1.1', warcHeaders: { 'WARC-Record-ID': await recordId(`${type} ${date} ${url}`), 'Content-Type': mime, ...(refersTo ? { 'WARC-Refers-To-Target-URI': refersTo } : {}) } },
      body,
    );
    this.push(bytes, { url, date, type, mime, digest: `sha256:${await sha256Hex(body)}` });
  }

  /** The page and its resources as responses, Flagpost's parts as resource and metadata records. */
  async snapshot(snapshot: Snapshot): Promise<void> {
    const { url, capturedAt } = snapshot.metadata;
    const byName = (name: string): SnapshotPart | undefined => snapshot.parts.find((p) => p.name === name);
    const page = byName('page.html');
    if (page) await this.response(url, capturedAt, 'text/html; charset=utf-8', page.bytes);
    for (const part of snapshot.parts) {
      if (part.url) await this.response(part.url, capturedAt, part.mime, part.bytes);
    }
    const screenshot = byName('screenshot.png');
    if (screenshot) await this.resource('resource', partUrl('view', url), capturedAt, 'image/png', screenshot.bytes, url);
    const analysis = byName('analysis.json');
    if (analysis) await this.resource('resource', partUrl('analysis', url), capturedAt, 'application/json', analysis.bytes, url);
    const metadata = byName('metadata.json');
    if (metadata) await this.resource('metadata', partUrl('metadata', url), capturedAt, 'application/json', metadata.bytes, url);
    await this.resource('resource', partUrl('manifest', url), capturedAt, 'application/json', encoder.encode(JSON.stringify(snapshot.manifest)), url);
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.offset);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.byteLength;
    }
    return out;
  }
}
