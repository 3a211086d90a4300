import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/campaign/canonical';
import { packMatches } from '../../../src/core/campaign/match';
import type { CampaignPack, SignedPack } from '../../../src/core/campaign/types';
import { packProblems } from '../../../src/core/campaign/validate';
import { checkPack, type Pinned } from '../../../src/core/campaign/verify';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/campaigns/${name}`, import.meta.url), 'utf8');
const schema = JSON.parse(
  readFileSync(new URL('../../../schemas/campaign.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema);

const pack = JSON.parse(fixture('magnet-toys.pack.json')) as CampaignPack;
const NOW = new Date('2026-11-23T12:00:00Z');
const none = () => undefined;
const organiserKey = fixture('organiser.pub').trim();

describe('the campaign pack schema', () => {
  const broken: [string, unknown][] = [
    ['carries code', { ...pack, onJoin: 'alert(1)' }],
    ['bad id', { ...pack, id: 'X' }],
    ['no English description', { ...pack, description: { de: 'Beschreibung' } }],
    ['unknown check', { ...pack, checks: ['code.eval'] }],
    ['unknown marketplace', { ...pack, marketplaces: ['wish'] }],
    ['http endpoint', { ...pack, channel: { kind: 'organiser', endpoint: 'http://x.example/n' } }],
    ['a trader name instead of a hash', { ...pack, traders: { salt: 'ab', hashes: ['ACME Toys Ltd'] } }],
    ['unknown severity', { ...pack, severity: { 'safety.ce-missing': 'fatal' } }],
    ['listing not https', { ...pack, listings: ['javascript:alert(1)'] }],
    ['version 0', { ...pack, version: 0 }],
  ];

  it('accepts the fixture pack, by both the JSON Schema and the extension validator', () => {
    expect(ajv(pack), JSON.stringify(ajv.errors)).toBe(true);
    expect(packProblems(pack)).toEqual([]);
  });

  it.each(broken)('refuses a pack that %s, by both', (_name, value) => {
    expect(ajv(value)).toBe(false);
    expect(packProblems(value).length).toBeGreaterThan(0);
  });

  it('refuses a pack that ends before it starts', () => {
    expect(packProblems({ ...pack, starts: '2026-12-01', ends: '2026-11-01' })).toEqual(['ends']);
  });
});

describe('signed packs', () => {
  it('accepts the valid fixture, with the key it carries', async () => {
    const result = await checkPack(fixture('valid.signed.json'), { now: NOW, pinned: none });
    expect(result).toMatchObject({ ok: true, publicKey: organiserKey, pack: { id: 'magnet-toys-2026' } });
  });

  it('keeps the signature valid when the file is re-formatted (canonical JSON)', async () => {
    const signed = JSON.parse(fixture('valid.signed.json')) as SignedPack;
    const reordered = {
      signature: signed.signature,
      pack: Object.fromEntries(Object.entries(signed.pack as object).reverse()),
    };
    expect(canonicalJson(reordered.pack)).toBe(canonicalJson(signed.pack));
    expect((await checkPack(JSON.stringify(reordered), { now: NOW, pinned: none })).ok).toBe(true);
  });

  it.each([
    ['tampered.signed.json', 'signature'],
    ['expired.signed.json', 'expired'],
    ['schema-invalid.signed.json', 'schema'],
  ])('refuses %s (%s)', async (file, refusal) => {
    expect(await checkPack(fixture(file), { now: NOW, pinned: none })).toMatchObject({ ok: false, refusal });
  });

  it('refuses what is not a signed pack', async () => {
    expect(await checkPack('not json', { now: NOW, pinned: none })).toMatchObject({ refusal: 'unreadable' });
    expect(await checkPack(fixture('magnet-toys.pack.json'), { now: NOW, pinned: none })).toMatchObject({
      refusal: 'unreadable',
    });
  });

  it('accepts an update by the pinned key, and refuses one by another key or an older version', async () => {
    const pinned = (version: number) => (): Pinned => ({ publicKey: organiserKey, version });
    expect(await checkPack(fixture('update.signed.json'), { now: NOW, pinned: pinned(1) })).toMatchObject({
      ok: true,
      pack: { version: 2 },
    });
    expect(await checkPack(fixture('wrong-key.signed.json'), { now: NOW, pinned: pinned(1) })).toMatchObject({
      ok: false,
      refusal: 'key-changed',
    });
    expect(await checkPack(fixture('valid.signed.json'), { now: NOW, pinned: pinned(2) })).toMatchObject({
      ok: false,
      refusal: 'older',
    });
  });

  it('accepts the other key once the pinned key has endorsed it (the rotation fixture)', async () => {
    const pinned = (): Pinned => ({ publicKey: organiserKey, version: 2 });
    expect(await checkPack(fixture('rotated.signed.json'), { now: NOW, pinned })).toMatchObject({
      ok: true,
      publicKey: fixture('other-organiser.pub').trim(),
      rotatedFrom: organiserKey,
      pack: { version: 3 },
    });
  });

  it('treats the end date as inclusive', async () => {
    const last = new Date('2024-12-31T23:59:00Z');
    expect((await checkPack(fixture('expired.signed.json'), { now: last, pinned: none })).ok).toBe(true);
  });
});

describe('campaign scope', () => {
  it('matches its marketplaces and URL patterns only', () => {
    expect(packMatches(pack, 'https://de.aliexpress.com/item/1005006893217745.html', 'aliexpress')).toBe(true);
    expect(packMatches(pack, 'https://de.aliexpress.com/store/1102938475', 'aliexpress')).toBe(false);
    expect(packMatches(pack, 'https://www.temu.com/de/x-g-6.html', 'temu')).toBe(false);
    expect(packMatches({ ...pack, urlPatterns: [] }, 'https://fr.aliexpress.com/anything', 'aliexpress')).toBe(true);
  });
});

describe('organiser endpoints', () => {
  it.each([
    ['https://notices.example/v1', true],
    ['http://127.0.0.1:4000/notices', true],
    ['http://localhost/notices', true],
    ['http://notices.example/v1', false],
    ['http://127.0.0.1.evil.example/notices', false],
    ['http://127.8.9.10:4000/notices', true],
    ['http://[::1]:4000/notices', true],
    ['http://192.168.1.20/notices', false],
    ['ftp://notices.example/v1', false],
    ['javascript:alert(1)//', false],
  ])('%s allowed: %s', (endpoint, allowed) => {
    const value = { ...pack, channel: { kind: 'organiser', endpoint } };
    expect(ajv(value)).toBe(allowed);
    expect(packProblems(value).length === 0).toBe(allowed);
  });
});
