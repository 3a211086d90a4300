import type { Refusal } from './types';
import { readLimited } from '../net/read-limited';

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
  const text = await readLimited(response, MAX_PACK_BYTES);
  if (text === null) return { ok: false, refusal: 'too-large', detail: [`${MAX_PACK_BYTES / 1024} KiB`] };
  return { ok: true, text };
}
