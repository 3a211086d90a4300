import type { Refusal } from './types';

/** A pack is a few kilobytes of data; anything far larger is not one, and is not read to the end. */
export const MAX_PACK_BYTES = 1024 * 1024;

export type PackDownload = { ok: true; text: string } | { ok: false; refusal: Refusal; detail: string[] };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https anywhere; plain http only on this computer, for organisers testing a pack before publishing it. */
export function packAddressAllowed(address: string): URL | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return url;
  return null;
}

/** Reads the body, stopping as soon as it passes the limit (a missing or false Content-Length cannot get past it). */
async function readLimited(response: Response): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_PACK_BYTES) return null;
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_PACK_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Fetches a pack file from the organiser's address, sending no cookies or credentials (the organiser
 * learns nothing about the user's sessions). The text still goes through every check a file import does.
 */
export async function downloadPack(address: string, fetcher: typeof fetch): Promise<PackDownload> {
  const url = packAddressAllowed(address);
  if (!url) return { ok: false, refusal: 'address', detail: [address] };
  let response: Response;
  try {
    response = await fetcher(url.href, { credentials: 'omit', redirect: 'error', cache: 'no-store' });
  } catch (error) {
    return { ok: false, refusal: 'download', detail: [error instanceof Error ? error.message : String(error)] };
  }
  if (!response.ok) return { ok: false, refusal: 'download', detail: [`HTTP ${response.status}`] };
  const text = await readLimited(response);
  if (text === null) return { ok: false, refusal: 'too-large', detail: [`${MAX_PACK_BYTES / 1024} KiB`] };
  return { ok: true, text };
}
