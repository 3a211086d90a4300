import type { SnapshotPart } from './types';
import { sha256Hex } from './hash';

const MAX_RESOURCE_BYTES = 8 * 1024 * 1024;
const MAX_TOTAL_BYTES = 40 * 1024 * 1024;
const TIMEOUT_MS = 8000;

export interface FetchedResources {
  parts: SnapshotPart[];
  failed: { url: string; reason: string }[];
}

async function fetchOne(url: string, index: number): Promise<SnapshotPart> {
  // No cookies go out and none come back: the kept copy is what any visitor would get.
  const response = await fetch(url, { credentials: 'omit', cache: 'force-cache', signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_RESOURCE_BYTES) throw new Error('too large');
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_RESOURCE_BYTES) throw new Error('too large');
  const mime = (response.headers.get('content-type') ?? 'application/octet-stream').split(';')[0]?.trim() || 'application/octet-stream';
  return { name: `resources/${index}`, mime, url, bytes, sha256: await sha256Hex(bytes) };
}

/** Fetches the listing's images and stylesheets in parallel; what fails is listed, not fatal. */
export async function fetchResources(urls: readonly string[]): Promise<FetchedResources> {
  const settled = await Promise.allSettled(urls.map((url, i) => fetchOne(url, i)));
  const parts: SnapshotPart[] = [];
  const failed: FetchedResources['failed'] = [];
  let total = 0;
  settled.forEach((result, i) => {
    const url = urls[i] as string;
    if (result.status === 'rejected') {
      failed.push({ url, reason: result.reason instanceof Error ? result.reason.message : String(result.reason) });
    } else if (total + result.value.bytes.byteLength > MAX_TOTAL_BYTES) {
      failed.push({ url, reason: 'snapshot size limit reached' });
    } else {
      total += result.value.bytes.byteLength;
      parts.push(result.value);
    }
  });
  return { parts, failed };
}
