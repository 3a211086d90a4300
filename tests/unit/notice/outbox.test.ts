import { describe, expect, it } from 'vitest';
import { Outbox, InvalidNoticeError } from '../../../src/background/outbox/outbox';
import type { Channel } from '../../../src/core/notice/channel';
import { buildNotice, defaultInput } from '../../../src/core/notice/build';
import { translatorFor } from '../../../src/locales/index';
import { analysisWith, finding } from './analysis';
import { memoryStore } from './memory-store';

const channel: Channel = { kind: 'api', endpoint: 'https://notices.example/notices', token: 'T0K' };
const analysis = analysisWith([finding('safety.ce-missing', 'Regulation (EU) 2019/1020 Art. 4')]);
const input = {
  ...defaultInput(analysis, {
    language: 'en',
    translate: translatorFor('en'),
    notifier: { name: 'A B', email: 'a@b.eu', role: 'consumer' },
  }),
  goodFaith: true,
};
const notice = (id = '6f1c2f0e-8d3b-4a51-9c2e-1b7a2d4e5f60') =>
  buildNotice(analysis, input, { id, now: new Date('2026-11-23T10:00:00Z') });

type Reply = Response | Error;

/** A fake clock and a fetch that answers from a script, recording every request. */
function harness(replies: Reply[], access: { granted: boolean } | null = null) {
  let now = Date.parse('2026-11-23T10:00:00Z');
  const requests: { url: string; init: RequestInit }[] = [];
  const wakes: (number | null)[] = [];
  const store = memoryStore();
  const outbox = new Outbox({
    store,
    now: () => now,
    backoff: (attempt) => 1000 * attempt,
    wakeAt: (when) => void wakes.push(when),
    ...(access ? { mayContact: async () => access.granted } : {}),
    fetch: async (url, init) => {
      requests.push({ url: String(url), init: init ?? {} });
      const reply = replies.shift();
      if (!reply) throw new Error('no scripted reply');
      if (reply instanceof Error) throw reply;
      return reply;
    },
  });
  return {
    outbox,
    store,
    requests,
    wakes,
    advance: (ms: number) => (now += ms),
    state: async (id: string) => (await store.get(id))?.state,
  };
}

const jsonReply = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const receipt = (status = 201) => jsonReply(status, { receipt: { id: 'R-1', receivedAt: '2026-11-23T10:00:01Z' } });

describe('outbox', () => {
  it('stores the notice before sending, then sends it with its Idempotency-Key and token', async () => {
    const h = harness([receipt()]);
    const n = notice();
    const stored = await h.outbox.submit(n, channel);
    expect(stored.state).toBe('queued');
    await h.outbox.run();
    expect(h.requests).toHaveLength(1);
    const headers = h.requests[0]?.init.headers as Record<string, string>;
    expect(headers['idempotency-key']).toBe(n.id);
    expect(headers.authorization).toBe('Bearer T0K');
    expect(JSON.parse(String(h.requests[0]?.init.body))).toEqual(n);
    expect(await h.store.get(n.id)).toMatchObject({ state: 'received', receipt: { id: 'R-1' }, attempts: 1 });
  });

  it('retries 5xx and network failures with backoff, under the same key', async () => {
    const h = harness([jsonReply(500, {}), new TypeError('Failed to fetch'), receipt(200)]);
    const n = notice();
    await h.outbox.submit(n, channel);
    await h.outbox.run();
    expect(await h.store.get(n.id)).toMatchObject({
      state: 'queued',
      attempts: 1,
      nextAt: Date.parse('2026-11-23T10:00:01Z'),
    });
    await h.outbox.run(); // not due yet: nothing sent
    expect(h.requests).toHaveLength(1);
    h.advance(1000);
    await h.outbox.run();
    expect(await h.store.get(n.id)).toMatchObject({
      state: 'queued',
      attempts: 2,
      lastError: { status: null, code: 'network' },
    });
    h.advance(2000);
    await h.outbox.run();
    expect(await h.state(n.id)).toBe('received');
    expect(new Set(h.requests.map((r) => (r.init.headers as Record<string, string>)['idempotency-key']))).toEqual(
      new Set([n.id]),
    );
  });

  it('holds a notice whose request failed without host access (CORS), and sends it once access is granted', async () => {
    const access = { granted: false };
    const h = harness([new TypeError('Failed to fetch'), receipt()], access);
    const n = notice();
    await h.outbox.submit(n, channel);
    await h.outbox.run();
    expect(await h.store.get(n.id)).toMatchObject({
      state: 'queued',
      nextAt: null,
      lastError: { code: 'no-access', message: 'https://notices.example' },
    });
    expect(h.wakes.at(-1)).toBeNull(); // no retry for ever: it waits for the user
    h.advance(24 * 60 * 60_000);
    await h.outbox.run();
    expect(h.requests).toHaveLength(1);
    access.granted = true;
    await h.outbox.retryHeld();
    expect(await h.state(n.id)).toBe('received');
    expect(h.requests).toHaveLength(2);
  });

  it('retries a network failure when host access is held (the server is down)', async () => {
    const h = harness([new TypeError('Failed to fetch')], { granted: true });
    const n = notice();
    await h.outbox.submit(n, channel);
    await h.outbox.run();
    expect(await h.store.get(n.id)).toMatchObject({ state: 'queued', lastError: { code: 'network' } });
    expect((await h.store.get(n.id))?.nextAt).not.toBeNull();
  });

  it.each(['http://192.168.1.20/notices', 'ftp://notices.example/', 'javascript:alert(1)'])(
    'never sends a stored notice to %s (not https, not this computer)',
    async (endpoint) => {
      const h = harness([receipt()]);
      const n = notice();
      await h.outbox.submit(n, { kind: 'api', endpoint, token: 'T0K' });
      await h.outbox.run();
      expect(h.requests).toHaveLength(0);
      expect(await h.store.get(n.id)).toMatchObject({ state: 'rejected', lastError: { code: 'endpoint-not-allowed' } });
    },
  );

  it('waits as long as Retry-After says on 429 and 503', async () => {
    const h = harness([
      jsonReply(503, {}, { 'retry-after': '7' }),
      jsonReply(429, {}, { 'retry-after': 'Mon, 23 Nov 2026 10:01:00 GMT' }),
      receipt(),
    ]);
    const n = notice();
    await h.outbox.submit(n, channel);
    await h.outbox.run();
    expect((await h.store.get(n.id))?.nextAt).toBe(Date.parse('2026-11-23T10:00:07Z'));
    expect(h.wakes.at(-1)).toBe(Date.parse('2026-11-23T10:00:07Z'));
    h.advance(7000);
    await h.outbox.run();
    expect((await h.store.get(n.id))?.nextAt).toBe(Date.parse('2026-11-23T10:01:00Z'));
    h.advance(53_000);
    await h.outbox.run();
    expect(await h.state(n.id)).toBe('received');
  });

  it.each([400, 401, 403, 422])('gives up on %i and keeps the reason', async (status) => {
    const h = harness([
      jsonReply(status, {
        error: { code: 'incomplete-notice', message: 'Notifier email missing', fields: ['notifier.email'] },
      }),
    ]);
    const n = notice();
    await h.outbox.submit(n, channel);
    await h.outbox.run();
    expect(await h.store.get(n.id)).toMatchObject({
      state: 'rejected',
      nextAt: null,
      lastError: { status, message: 'Notifier email missing', fields: ['notifier.email'] },
    });
    h.advance(10 * 60_000);
    await h.outbox.run();
    expect(h.requests).toHaveLength(1);
    expect(h.wakes.at(-1)).toBeNull();
  });

  it('resends a notice left in flight by a stopped worker, under the same key', async () => {
    const h = harness([receipt(200)]);
    const n = notice();
    await h.store.put({
      ...(await h.outbox.submit(n, { kind: 'export' })),
      channel,
      state: 'sending',
      attempts: 1,
      nextAt: Date.parse('2026-11-23T10:00:30Z'),
    });
    await h.outbox.resume();
    expect(await h.store.get(n.id)).toMatchObject({ state: 'received', attempts: 2 });
  });

  it('sends each notice once when passes overlap', async () => {
    const h = harness([receipt()]);
    const n = notice();
    await h.outbox.submit(n, channel);
    await Promise.all([h.outbox.run(), h.outbox.run(), h.outbox.run()]);
    expect(h.requests).toHaveLength(1);
  });

  it('refuses an invalid notice before storing it', async () => {
    const h = harness([]);
    await expect(h.outbox.submit({ ...notice(), goodFaith: false }, channel)).rejects.toBeInstanceOf(
      InvalidNoticeError,
    );
    expect(h.store.records.size).toBe(0);
  });

  it('records an export without sending anything', async () => {
    const h = harness([]);
    expect((await h.outbox.submit(notice(), { kind: 'export' })).state).toBe('exported');
    await h.outbox.run();
    expect(h.requests).toHaveLength(0);
  });

  it('polls the receipt until a decision, and dates the Art. 20 complaint', async () => {
    const decision = {
      outcome: 'removed',
      decidedAt: '2026-12-01T09:00:00Z',
      statementOfReasons: 'Unsafe toy',
      automated: false,
      redress: 'internal complaint within 6 months (DSA Art. 20)',
    };
    const h = harness([
      receipt(),
      jsonReply(200, { id: 'R-1', status: 'in-review', decision: null }),
      jsonReply(200, { id: 'R-1', status: 'decided', decision }),
    ]);
    const n = notice();
    await h.outbox.submit(n, channel);
    await h.outbox.run();
    await h.outbox.pollNow();
    expect(h.requests[1]?.url).toBe('https://notices.example/notices/R-1');
    expect(await h.store.get(n.id)).toMatchObject({ state: 'received', review: 'in-review' });
    await h.outbox.pollNow();
    expect(await h.store.get(n.id)).toMatchObject({
      state: 'decided',
      decision,
      complaintDeadline: '2027-06-01T09:00:00.000Z',
      nextAt: null,
    });
  });
});
