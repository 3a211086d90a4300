import { canonicalJson } from './canonical';
import type { KeyEndorsement } from './types';

const ED25519 = { name: 'Ed25519' } as const;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const bytesOf = (pack: unknown) => new TextEncoder().encode(canonicalJson(pack));

/** Signs the pack's canonical JSON; returns the signature as base64. */
export async function signPack(pack: unknown, privateKey: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.sign(ED25519, privateKey, bytesOf(pack))));
}

/** Whether `signature` (base64) is the Ed25519 signature of the pack by `publicKey` (raw 32 bytes, base64). */
export async function verifyPack(pack: unknown, publicKey: string, signature: string): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('raw', fromBase64(publicKey), ED25519, false, ['verify']);
    return await crypto.subtle.verify(ED25519, key, fromBase64(signature), bytesOf(pack));
  } catch {
    // A malformed key or signature is as good as a wrong one.
    return false;
  }
}

/** What an organiser's earlier key signs to hand the campaign over to its next key. */
export const rotationStatement = (campaign: string, nextKey: string) => ({
  purpose: 'flagpost-campaign-key-rotation/1',
  campaign,
  publicKey: nextKey,
});

/** The earlier key's endorsement of `nextKey` for this campaign. */
export async function endorseKey(
  campaign: string,
  nextKey: string,
  previous: { privateKey: CryptoKey; publicKey: string },
): Promise<KeyEndorsement> {
  return {
    publicKey: previous.publicKey,
    value: await signPack(rotationStatement(campaign, nextKey), previous.privateKey),
  };
}

/** Steps a key history may have: a campaign changes keys rarely; each step costs a signature check. */
export const MAX_KEY_HISTORY = 32;

/**
 * Whether the key history hands the campaign from `pinnedKey` to `signerKey`: the pinned key is in
 * it, and every endorsement from there on is valid and names the key after it.
 */
export async function rotationIsEndorsed(
  campaign: string,
  history: readonly KeyEndorsement[],
  pinnedKey: string,
  signerKey: string,
): Promise<boolean> {
  if (history.length > MAX_KEY_HISTORY || new Set(history.map((step) => step.publicKey)).size !== history.length) return false;
  const from = history.findIndex((step) => step.publicKey === pinnedKey);
  if (from < 0) return false;
  const chain = history.slice(from);
  for (const [i, step] of chain.entries()) {
    const next = chain[i + 1]?.publicKey ?? signerKey;
    if (!(await verifyPack(rotationStatement(campaign, next), step.publicKey, step.value))) return false;
  }
  return true;
}
