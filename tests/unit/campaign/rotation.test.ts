import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { endorseKey, signPack, toBase64 } from '../../../src/core/campaign/signature';
import type { CampaignPack, KeyEndorsement, SignedPack } from '../../../src/core/campaign/types';
import { checkPack, type Pinned } from '../../../src/core/campaign/verify';

const pack = JSON.parse(
  readFileSync(new URL('../../fixtures/campaigns/magnet-toys.pack.json', import.meta.url), 'utf8'),
) as CampaignPack;
const NOW = new Date('2026-11-23T12:00:00Z');

interface Key {
  privateKey: CryptoKey;
  publicKey: string;
}

async function newKey(): Promise<Key> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  return {
    privateKey: pair.privateKey,
    publicKey: toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey))),
  };
}

async function signed(signer: Key, keyHistory: KeyEndorsement[], version = 3): Promise<string> {
  const update = { ...pack, version };
  const file: SignedPack = {
    pack: update,
    signature: {
      alg: 'Ed25519',
      publicKey: signer.publicKey,
      value: await signPack(update, signer.privateKey),
      keyHistory,
    },
  };
  return JSON.stringify(file);
}

const pinnedTo =
  (key: Key, version = 2) =>
  (): Pinned => ({ publicKey: key.publicKey, version });

describe('organiser key rotation', () => {
  let a: Key, b: Key, c: Key, stranger: Key;
  beforeAll(async () => {
    [a, b, c, stranger] = await Promise.all([newKey(), newKey(), newKey(), newKey()]);
  });

  it('accepts an update signed by a new key that the pinned key endorsed, and says it rotated', async () => {
    const text = await signed(b, [await endorseKey(pack.id, b.publicKey, a)]);
    expect(await checkPack(text, { now: NOW, pinned: pinnedTo(a) })).toMatchObject({
      ok: true,
      publicKey: b.publicKey,
      rotatedFrom: a.publicKey,
    });
    // Someone who pinned the new key already sees a plain update.
    const plain = await checkPack(text, { now: NOW, pinned: pinnedTo(b) });
    expect(plain).toMatchObject({ ok: true, publicKey: b.publicKey });
    expect(plain).not.toHaveProperty('rotatedFrom');
  });

  it('follows several hand-overs, from whichever key the user pinned', async () => {
    const history = [await endorseKey(pack.id, b.publicKey, a), await endorseKey(pack.id, c.publicKey, b)];
    const text = await signed(c, history);
    for (const pinned of [a, b])
      expect(await checkPack(text, { now: NOW, pinned: pinnedTo(pinned) })).toMatchObject({
        ok: true,
        rotatedFrom: pinned.publicKey,
      });
  });

  it('refuses a hand-over the pinned key did not sign', async () => {
    // The stranger endorses itself: a history that never passes through the pinned key.
    const selfEndorsed = await signed(stranger, [await endorseKey(pack.id, stranger.publicKey, b)]);
    expect(await checkPack(selfEndorsed, { now: NOW, pinned: pinnedTo(a) })).toMatchObject({ refusal: 'key-changed' });
    // The pinned key's name on a signature it never made.
    const forged = await signed(stranger, [
      { publicKey: a.publicKey, value: (await endorseKey(pack.id, stranger.publicKey, stranger)).value },
    ]);
    expect(await checkPack(forged, { now: NOW, pinned: pinnedTo(a) })).toMatchObject({ refusal: 'key-changed' });
  });

  it('refuses an endorsement of another key, or for another campaign', async () => {
    const ofOtherKey = await signed(stranger, [await endorseKey(pack.id, b.publicKey, a)]);
    expect(await checkPack(ofOtherKey, { now: NOW, pinned: pinnedTo(a) })).toMatchObject({ refusal: 'key-changed' });
    const ofOtherCampaign = await signed(b, [await endorseKey('another-campaign', b.publicKey, a)]);
    expect(await checkPack(ofOtherCampaign, { now: NOW, pinned: pinnedTo(a) })).toMatchObject({
      refusal: 'key-changed',
    });
  });

  it('refuses a chain with a broken step after the pinned key', async () => {
    const history = [await endorseKey(pack.id, b.publicKey, a), await endorseKey(pack.id, c.publicKey, stranger)];
    expect(await checkPack(await signed(c, history), { now: NOW, pinned: pinnedTo(a) })).toMatchObject({
      refusal: 'key-changed',
    });
  });

  it('still refuses an older version after a rotation', async () => {
    const text = await signed(b, [await endorseKey(pack.id, b.publicKey, a)], 1);
    expect(await checkPack(text, { now: NOW, pinned: pinnedTo(a, 2) })).toMatchObject({ refusal: 'older' });
  });

  it('treats a malformed key history as an unreadable file', async () => {
    const file = JSON.parse(await signed(b, [])) as { signature: { keyHistory: unknown } };
    file.signature.keyHistory = [{ publicKey: 42 }];
    expect(await checkPack(JSON.stringify(file), { now: NOW, pinned: pinnedTo(a) })).toMatchObject({
      refusal: 'unreadable',
    });
  });
});
