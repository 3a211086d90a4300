import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPack } from '../../../src/core/campaign/verify';

const dir = mkdtempSync(join(tmpdir(), 'campaign-sign-'));
const PACK = new URL('../../fixtures/campaigns/magnet-toys.pack.json', import.meta.url).pathname;
const INVALID = new URL('../../fixtures/campaigns/schema-invalid.pack.json', import.meta.url).pathname;
const run = (...args: string[]) =>
  execFileSync('npx', ['tsx', 'scripts/campaign-sign.ts', ...args], { encoding: 'utf8', stdio: 'pipe' });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run campaign:sign', () => {
  it('makes a key pair, and signs a pack that then passes every check with that key', async () => {
    run('--new-key', join(dir, 'org'));
    const out = join(dir, 'pack.signed.json');
    run('--key', join(dir, 'org.pem'), PACK, '--out', out);
    const result = await checkPack(readFileSync(out, 'utf8'), { now: new Date('2026-11-23'), pinned: () => undefined });
    expect(result).toMatchObject({ ok: true, publicKey: readFileSync(join(dir, 'org.pub'), 'utf8').trim() });
  }, 60_000);

  it('moves to a new key: the old key endorses it, and later updates carry that history forward', async () => {
    run('--new-key', join(dir, 'next'));
    const first = join(dir, 'pack.signed.json');
    run('--key', join(dir, 'org.pem'), PACK, '--out', first);
    const rotated = join(dir, 'rotated.signed.json');
    run(
      '--key',
      join(dir, 'next.pem'),
      '--rotate-from',
      join(dir, 'org.pem'),
      '--previous',
      first,
      PACK,
      '--out',
      rotated,
    );
    const later = join(dir, 'later.signed.json');
    run('--key', join(dir, 'next.pem'), '--previous', rotated, PACK, '--out', later);
    const oldKey = readFileSync(join(dir, 'org.pub'), 'utf8').trim();
    const pinnedOld = () => ({ publicKey: oldKey, version: 1 });
    for (const file of [rotated, later])
      expect(
        await checkPack(readFileSync(file, 'utf8'), { now: new Date('2026-11-23'), pinned: pinnedOld }),
      ).toMatchObject({
        ok: true,
        publicKey: readFileSync(join(dir, 'next.pub'), 'utf8').trim(),
        rotatedFrom: oldKey,
      });
  }, 60_000);

  it('refuses to sign a pack that breaks the schema, naming the field', () => {
    expect(() => run('--key', join(dir, 'org.pem'), INVALID, '--out', join(dir, 'x.json'))).toThrow(/onJoin/);
  }, 60_000);
});
