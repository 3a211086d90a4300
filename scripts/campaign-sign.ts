/**
 * Signs a campaign pack for publication (`npm run campaign:sign`):
 *
 *   npm run campaign:sign -- --new-key keys/organiser            writes keys/organiser.pem (private, keep it secret)
 *                                                                and keys/organiser.pub (the public key, base64)
 *   npm run campaign:sign -- --key keys/organiser.pem pack.json [--out pack.signed.json]
 *
 * Moving to a new key (members pinned the old one at first import):
 *
 *   npm run campaign:sign -- --key keys/new.pem --rotate-from keys/old.pem --previous last.signed.json pack.json
 *
 * `--rotate-from` has the old key endorse the new one; `--previous` (the last published file) carries its
 * key history forward, so members who skipped an update can still follow every step. Keep passing
 * `--previous` for later updates signed with the new key.
 *
 * The pack is checked against schemas/campaign.schema.json's rules first; a pack that breaks one is not signed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { endorseKey, signPack, toBase64 } from '../src/core/campaign/signature';
import { packProblems } from '../src/core/campaign/validate';
import type { KeyEndorsement, SignedPack } from '../src/core/campaign/types';

const ED25519 = { name: 'Ed25519' } as const;

const pem = (der: ArrayBuffer) =>
  `-----BEGIN PRIVATE KEY-----\n${toBase64(new Uint8Array(der)).replace(/.{1,64}/g, '$&\n')}-----END PRIVATE KEY-----\n`;
const derOf = (text: string) => Buffer.from(text.replace(/-----[^-]+-----|\s/g, ''), 'base64');

async function newKey(base: string): Promise<void> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  writeFileSync(`${base}.pem`, pem(await crypto.subtle.exportKey('pkcs8', pair.privateKey)), { mode: 0o600 });
  writeFileSync(`${base}.pub`, `${toBase64(raw)}\n`);
  console.log(`private key: ${base}.pem (keep it secret)\npublic key:  ${base}.pub ${toBase64(raw)}`);
}

/** The private key, and its public half (the JWK's x) as raw base64. */
async function loadKey(path: string): Promise<{ privateKey: CryptoKey; publicKey: string }> {
  const privateKey = await crypto.subtle.importKey('pkcs8', derOf(readFileSync(path, 'utf8')), ED25519, true, ['sign']);
  const { x } = await crypto.subtle.exportKey('jwk', privateKey);
  if (!x) throw new Error(`${path}: not an Ed25519 private key`);
  return { privateKey, publicKey: Buffer.from(x, 'base64url').toString('base64') };
}

interface SignOptions {
  keyPath: string;
  packPath: string;
  out: string;
  rotateFrom?: string;
  previous?: string;
}

/** The key history to publish: the previous file's, plus the old key's endorsement of the new one when rotating. */
async function keyHistory(id: string, publicKey: string, options: SignOptions): Promise<KeyEndorsement[]> {
  const earlier = options.previous
    ? ((JSON.parse(readFileSync(options.previous, 'utf8')) as SignedPack).signature.keyHistory ?? [])
    : [];
  if (!options.rotateFrom) return earlier;
  const old = await loadKey(options.rotateFrom);
  if (old.publicKey === publicKey) throw new Error('--rotate-from names the same key as --key');
  return [...earlier, await endorseKey(id, publicKey, old)];
}

async function sign(options: SignOptions): Promise<void> {
  const pack: unknown = JSON.parse(readFileSync(options.packPath, 'utf8'));
  const problems = packProblems(pack);
  if (problems.length > 0) throw new Error(`${options.packPath} breaks the schema at: ${problems.join(', ')}`);
  const { privateKey, publicKey } = await loadKey(options.keyPath);
  const history = await keyHistory((pack as { id: string }).id, publicKey, options);
  const signed: SignedPack = {
    pack,
    signature: {
      alg: 'Ed25519',
      publicKey,
      value: await signPack(pack, privateKey),
      ...(history.length > 0 ? { keyHistory: history } : {}),
    },
  };
  writeFileSync(options.out, `${JSON.stringify(signed, null, 2)}\n`);
  console.log(`signed ${options.packPath} → ${options.out} (public key ${publicKey})`);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'new-key': { type: 'string' },
    key: { type: 'string' },
    out: { type: 'string' },
    'rotate-from': { type: 'string' },
    previous: { type: 'string' },
  },
});
try {
  if (values['new-key']) await newKey(values['new-key']);
  else if (values.key && positionals[0])
    await sign({
      keyPath: values.key,
      packPath: positionals[0],
      out: values.out ?? positionals[0].replace(/(\.json)?$/, '.signed.json'),
      rotateFrom: values['rotate-from'],
      previous: values.previous,
    });
  else
    throw new Error(
      'usage: campaign:sign -- --new-key <base> | --key <private.pem> [--rotate-from <old.pem>] [--previous <last.signed.json>] <pack.json> [--out <file>]',
    );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
