import { describe, expect, it } from 'vitest';
import { downloadXml } from '../../../src/core/safety-gate/download';

const URL_ = 'https://ec.europa.eu/safety-gate-alerts/api/download/weeklyReport/list/xml/en';

function answering(response: () => Response): { fetcher: typeof fetch; calls: RequestInit[] } {
  const calls: RequestInit[] = [];
  const fetcher = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    calls.push(init ?? {});
    return response();
  }) as typeof fetch;
  return { fetcher, calls };
}

/** A body in chunks and without a Content-Length, so only counting while reading can stop it. */
function streamed(chunks: number, size: number): Response {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ < chunks) controller.enqueue(new TextEncoder().encode('<'.padEnd(size, 'x')));
      else controller.close();
    },
  });
  return new Response(body, { status: 200 });
}

describe('downloadXml', () => {
  it('returns the XML, sending no credentials and bypassing the cache', async () => {
    const { fetcher, calls } = answering(() => new Response('<Safety-Gate/>', { status: 200 }));
    expect(await downloadXml(URL_, fetcher, 1024)).toEqual({ ok: true, text: '<Safety-Gate/>' });
    expect(calls[0]).toMatchObject({ credentials: 'omit', cache: 'no-store' });
    expect(calls[0]?.signal).toBeInstanceOf(AbortSignal);
  });

  it('says the server failed on an error status', async () => {
    const { fetcher } = answering(() => new Response('busy', { status: 503 }));
    expect(await downloadXml(URL_, fetcher, 1024)).toEqual({ ok: false, problem: 'server', detail: 'HTTP 503' });
  });

  it('says the site could not be reached when the fetch fails', async () => {
    const fetcher = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    expect(await downloadXml(URL_, fetcher, 1024)).toEqual({
      ok: false,
      problem: 'offline',
      detail: 'Failed to fetch',
    });
  });

  it('refuses an HTML page or plain text', async () => {
    for (const body of ['<!DOCTYPE html><html><body>Maintenance</body></html>', 'Service unavailable']) {
      const { fetcher } = answering(
        () => new Response(body, { status: 200, headers: { 'content-type': 'text/html' } }),
      );
      expect(await downloadXml(URL_, fetcher, 1024)).toMatchObject({ ok: false, problem: 'not-xml' });
    }
  });

  it('stops a body over the limit, whether or not its length is declared', async () => {
    const declared = answering(() => new Response('<a/>', { status: 200, headers: { 'content-length': '5000' } }));
    expect(await downloadXml(URL_, declared.fetcher, 1024)).toMatchObject({ ok: false, problem: 'too-large' });
    const undeclared = answering(() => streamed(10, 512));
    expect(await downloadXml(URL_, undeclared.fetcher, 1024)).toMatchObject({ ok: false, problem: 'too-large' });
    const small = answering(() => streamed(2, 512));
    expect(await downloadXml(URL_, small.fetcher, 1024)).toMatchObject({ ok: true });
  });
});
