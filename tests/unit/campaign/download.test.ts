import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { downloadPack, MAX_PACK_BYTES, packAddressAllowed } from '../../../src/core/campaign/download';
import { checkPack } from '../../../src/core/campaign/verify';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/campaigns/${name}`, import.meta.url), 'utf8');
const NOW = new Date('2026-11-23T12:00:00Z');
const PACK_URL = 'https://organiser.example/packs/magnet-toys.json';

/** A fake fetch serving one body per address, recording what it was asked. */
function fakeFetch(routes: Record<string, () => Response>) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    const route = routes[url];
    if (!route) throw new TypeError('Failed to fetch');
    return route();
  }) as typeof fetch;
  return { fetcher, calls };
}

/** Fetches and runs the same checks as a file import, as the service worker does. */
async function importFrom(url: string, fetcher: typeof fetch) {
  const download = await downloadPack(url, fetcher);
  return download.ok ? checkPack(download.text, { now: NOW, pinned: () => undefined }) : download;
}

describe('importing a campaign pack from an address', () => {
  it('fetches without credentials and verifies the pack like a file', async () => {
    const { fetcher, calls } = fakeFetch({ [PACK_URL]: () => new Response(fixture('valid.signed.json')) });
    const result = await importFrom(PACK_URL, fetcher);
    expect(result).toMatchObject({ ok: true, pack: { id: 'magnet-toys-2026' } });
    expect(calls).toEqual([{ url: PACK_URL, init: expect.objectContaining({ credentials: 'omit' }) }]);
  });

  it('refuses a tampered pack fetched from an address, as from a file', async () => {
    const { fetcher } = fakeFetch({ [PACK_URL]: () => new Response(fixture('tampered.signed.json')) });
    expect(await importFrom(PACK_URL, fetcher)).toMatchObject({ ok: false, refusal: 'signature' });
  });

  it.each([
    'http://organiser.example/pack.json',
    'ftp://organiser.example/pack.json',
    'file:///etc/passwd',
    'https://user:secret@organiser.example/pack.json',
    'not an address',
  ])('refuses the address %s without fetching it', async (url) => {
    const { fetcher, calls } = fakeFetch({});
    expect(await importFrom(url, fetcher)).toMatchObject({ ok: false, refusal: 'address' });
    expect(calls).toHaveLength(0);
  });

  it.each(['http://127.0.0.1:8080/pack.json', 'http://localhost/pack.json'])(
    'allows plain http on this computer (%s), for organisers testing',
    (url) => expect(packAddressAllowed(url)?.href).toBe(url),
  );

  it('says when the pack cannot be downloaded', async () => {
    const { fetcher } = fakeFetch({ [PACK_URL]: () => new Response('gone', { status: 404 }) });
    expect(await importFrom(PACK_URL, fetcher)).toEqual({ ok: false, refusal: 'download', detail: ['HTTP 404'] });
    expect(await importFrom('https://elsewhere.example/p.json', fetcher)).toMatchObject({ refusal: 'download' });
  });

  it('refuses a body over the size limit, by its declared length or by what arrives', async () => {
    const big = 'x'.repeat(MAX_PACK_BYTES + 1);
    const declared = new Response('{}', { headers: { 'content-length': String(big.length) } });
    const undeclared = new Response(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(big));
          controller.close();
        },
      }),
    );
    for (const response of [declared, undeclared]) {
      const { fetcher } = fakeFetch({ [PACK_URL]: () => response });
      expect(await importFrom(PACK_URL, fetcher)).toMatchObject({ ok: false, refusal: 'too-large' });
    }
  });
});
