import { fromBase64 } from './signature';

/**
 * A signing key as people compare it: the first 128 bits of SHA-256 over the raw key, in eight groups of
 * four hex digits ("3f2a 9c01 ..."). Shown at the first join, so the member can check it against what the
 * organiser publishes before trusting the key for every later update.
 */
export async function keyFingerprint(publicKey: string): Promise<string> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = fromBase64(publicKey);
  } catch {
    bytes = new TextEncoder().encode(publicKey);
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const hex = Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}
