import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { duplicateKey } from '../../../src/core/campaign/duplicate-keys';
import { keyFingerprint } from '../../../src/core/campaign/fingerprint';
import { endorseKey, MAX_KEY_HISTORY, signPack, toBase64 } from '../../../src/core/campaign/signature';
import type { CampaignPack, KeyEndorsement, SignedPack } from '../../../src/core/campaign/types';
import { packProblems } from '../../../src/core/campaign/validate';
import { checkPack } from '../../../src/core/campaign/verify';

const pack = JSON.parse(
  readFileSync(new URL('../../fixtures/campaigns/magnet-toys.pack.json', import.meta.url), 'utf8'),
) as CampaignPack;
const NOW = new Date('2026-11-23T12:00:00Z');
const nothingPinned = () => undefined;

interface Key {
  privateKey: CryptoKey;
  publicKey: string;
}

async function newKey(): Promise<Key> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  return { privateKey: pair.privateKey, publicKey: toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey))) };
}

async function file(signer: Key, content: unknown, keyHistory?: KeyEndorsement[]): Promise<SignedPack> {
  return { pack: content as CampaignPack, signature: { alg: 'Ed25519', publicKey: signer.publicKey, value: await signPack(content, signer.privateKey), ...(keyHistory ? { keyHistory } : {}) } };
}

describe('hostile campaign packs', () => {
  let key: Key;
  beforeAll(async () => {
    key = await newKey();
  });

  it('refuses keys that only the prototype has: constructor, __proto__, toString', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const withKey = JSON.parse(JSON.stringify(pack).replace('{', `{"${name}":1,`)) as unknown;
      expect(packProblems(withKey), name).toContain(name);
      const organiser = JSON.parse(JSON.stringify(pack).replace('"organiser":{', `"organiser":{"${name}":1,`)) as unknown;
      expect(packProblems(organiser), name).toContain(`organiser.${name}`);
    }
    expect(packProblems(pack)).toEqual([]);
  });

  it('finds duplicate keys, decoded and at any depth, in one pass', () => {
    expect(duplicateKey('{"a":1,"b":{"c":[{"d":1,"d":2}]}}')).toBe('d');
    expect(duplicateKey('{"a":1,"\\u0061":2}')).toBe('a');
    expect(duplicateKey('{"a":{"x":1},"b":{"x":1}}')).toBeNull();
    expect(duplicateKey('{"a":"{\\"a\\":1,\\"a\\":2}","b":["a","a"]}')).toBeNull();
    expect(duplicateKey(`{${Array.from({ length: 100_000 }, (_, i) => `"k${i}":${i}`).join(',')},"k5":0}`)).toBe('k5');
  });

  it('refuses a signed pack with a duplicate key: what is shown could differ from what is verified', async () => {
    const text = JSON.stringify(await file(key, pack)).replace('"name":', '"name":"Shown to the member","name":');
    expect(await checkPack(text, { now: NOW, pinned: nothingPinned })).toEqual({ ok: false, refusal: 'unreadable', detail: ['duplicate key "name"'] });
  });

  it('refuses a key history longer than the cap, or naming a key twice, before checking any signature', async () => {
    const keys = await Promise.all(Array.from({ length: 3 }, newKey));
    const [a, b] = keys as [Key, Key];
    const step = await endorseKey(pack.id, b.publicKey, a);
    const long = Array.from({ length: MAX_KEY_HISTORY + 1 }, (_, i) => ({ publicKey: `k${i}`, value: 'x' }));
    const signedLong = JSON.stringify(await file(b, pack, long));
    expect(await checkPack(signedLong, { now: NOW, pinned: () => ({ publicKey: a.publicKey, version: 1 }) })).toMatchObject({ ok: false, refusal: 'unreadable' });
    const looping = JSON.stringify(await file(b, pack, [step, step]));
    expect(await checkPack(looping, { now: NOW, pinned: () => ({ publicKey: a.publicKey, version: 1 }) })).toMatchObject({ ok: false, refusal: 'unreadable' });
    const fine = JSON.stringify(await file(b, pack, [step]));
    expect(await checkPack(fine, { now: NOW, pinned: () => ({ publicKey: a.publicKey, version: 1 }) })).toMatchObject({ ok: true, rotatedFrom: a.publicKey });
  });

  it('gives a key fingerprint of eight groups of four hex digits, the same for the same key', async () => {
    const fingerprint = await keyFingerprint(key.publicKey);
    expect(fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){7}$/);
    expect(await keyFingerprint(key.publicKey)).toBe(fingerprint);
    expect(await keyFingerprint((await newKey()).publicKey)).not.toBe(fingerprint);
  });
});
