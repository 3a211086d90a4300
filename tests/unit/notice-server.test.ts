import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { Outbox } from '../../src/background/outbox/outbox';
import { buildNotice, defaultInput } from '../../src/core/notice/build';
import type { Notice } from '../../src/core/notice/types';
import { translatorFor } from '../../src/locales/index';
import { startNoticeServer, type Fault, type NoticeServer } from '../support/notice-server';
import { analysisWith, finding } from './notice/analysis';
import { memoryStore } from './notice/memory-store';

const analysis = analysisWith([finding('safety.manufacturer-missing', 'GPSR Art. 19(a)', ['Manufacturer: not shown'])]);
const input = {
  ...defaultInput(analysis, {
    language: 'de',
    translate: translatorFor('de'),
    notifier: { name: 'Erika M', email: 'erika@example.org', role: 'consumer' },
  }),
  goodFaith: true,
};
const newNotice = (): Notice => buildNotice(analysis, input, { id: randomUUID(), now: new Date() });

let server: NoticeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const post = (endpoint: string, body: unknown, key: string, headers: Record<string, string> = {}) =>
  fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, ...headers },
    body: JSON.stringify(body),
  });

describe('reference notice server', () => {
  it('files a notice once: 201 with a receipt, then 200 with the same receipt for the same key', async () => {
    server = await startNoticeServer();
    const notice = newNotice();
    const first = await post(server.endpoint, notice, notice.id);
    expect(first.status).toBe(201);
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const { receipt } = (await first.json()) as { receipt: { id: string } };
    const again = await post(server.endpoint, notice, notice.id);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { receipt: { id: string } }).receipt.id).toBe(receipt.id);
    expect(server.notices()).toHaveLength(1);
    expect(server.figures()).toMatchObject({ posts: 2, replays: 1 });
  });

  it('answers 422 with the missing Art. 16(2) elements', async () => {
    server = await startNoticeServer();
    const notice = {
      ...newNotice(),
      goodFaith: false,
      explanation: 'short',
      notifier: { name: null, email: null, role: 'consumer' },
    };
    const answer = await post(server.endpoint, notice, notice.id);
    expect(answer.status).toBe(422);
    expect(((await answer.json()) as { error: { fields: string[] } }).error.fields).toEqual([
      'explanation',
      'notifier.name',
      'notifier.email',
      'goodFaith',
    ]);
    expect(server.notices()).toHaveLength(0);
  });

  it('answers 400 to a body that is not JSON, and 401 without the token it wants', async () => {
    server = await startNoticeServer({ token: 'secret' });
    const notice = newNotice();
    expect(
      (
        await fetch(server.endpoint, {
          method: 'POST',
          body: '{',
          headers: { 'idempotency-key': notice.id, authorization: 'Bearer secret' },
        })
      ).status,
    ).toBe(400);
    expect((await post(server.endpoint, notice, notice.id)).status).toBe(401);
    expect((await post(server.endpoint, notice, notice.id, { authorization: 'Bearer secret' })).status).toBe(201);
  });

  it('answers preflights with CORS headers', async () => {
    server = await startNoticeServer();
    const answer = await fetch(server.endpoint, { method: 'OPTIONS' });
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-headers')).toContain('idempotency-key');
  });

  it('sends no CORS headers at all when asked to, as an independent server may', async () => {
    server = await startNoticeServer({ cors: false });
    const preflight = await fetch(server.endpoint, { method: 'OPTIONS' });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const sent = newNotice();
    const filed = await post(server.endpoint, sent, sent.id);
    expect(filed.status).toBe(201);
    expect(filed.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('reports status, then the decision the test makes', async () => {
    server = await startNoticeServer();
    const notice = newNotice();
    const { receipt } = (await (await post(server.endpoint, notice, notice.id)).json()) as { receipt: { id: string } };
    const status = async () =>
      (await (await fetch(`${server?.endpoint}/${receipt.id}`)).json()) as {
        status: string;
        decision: { outcome: string } | null;
      };
    expect(await status()).toMatchObject({ status: 'received', decision: null });
    server.setStatus(receipt.id, 'in-review');
    expect((await status()).status).toBe('in-review');
    server.decide(receipt.id, 'removed', 'Unsafe product');
    expect(await status()).toMatchObject({
      status: 'decided',
      decision: { outcome: 'removed', statementOfReasons: 'Unsafe product' },
    });
    expect((await fetch(`${server.endpoint}/R-unknown`)).status).toBe(404);
  });

  it('injects faults: 503 with Retry-After, reset, and an accepted notice whose answer is dropped', async () => {
    server = await startNoticeServer();
    const notice = newNotice();
    server.inject({ kind: 'retry-after', status: 503, after: '3' }, { kind: 'reset' }, { kind: 'drop-answer' });
    const busy = await post(server.endpoint, notice, notice.id);
    expect([busy.status, busy.headers.get('retry-after')]).toEqual([503, '3']);
    await expect(post(server.endpoint, notice, notice.id)).rejects.toThrow();
    expect(server.notices()).toHaveLength(0);
    await expect(post(server.endpoint, notice, notice.id)).rejects.toThrow();
    expect(server.notices()).toHaveLength(1);
    expect((await post(server.endpoint, notice, notice.id)).status).toBe(200);
  });
});

/** A seeded generator, so the soak's fault mix is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const FAULT_MIX: [number, Fault | null][] = [
  [0.1, { kind: 'status', status: 500 }],
  [0.05, { kind: 'status', status: 502 }],
  [0.07, { kind: 'retry-after', status: 503, after: '1' }],
  [0.05, { kind: 'retry-after', status: 429, after: '0' }],
  [0.05, { kind: 'timeout' }],
  [0.06, { kind: 'reset' }],
  [0.05, { kind: 'slow', ms: 150 }],
  [0.1, { kind: 'drop-answer' }],
  [1, null],
];

describe('soak: 200 notices through the outbox under a mix of faults', () => {
  it('ends with exactly 200 notices on the server, each once', async () => {
    server = await startNoticeServer();
    const random = seeded(16);
    server.faultEach(() => {
      const roll = random();
      let sum = 0;
      for (const [share, fault] of FAULT_MIX) if (roll < (sum += share)) return fault;
      return null;
    });
    const store = memoryStore();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const outbox: Outbox = new Outbox({
      store,
      fetch: (url, init) => fetch(url, init),
      now: Date.now,
      timeoutMs: 400,
      concurrency: 8,
      backoff: (attempt) => Math.min(400, 20 * 2 ** attempt) * (0.5 + Math.random() / 2),
      wakeAt: (when) => {
        clearTimeout(timer);
        if (when !== null) timer = setTimeout(() => void outbox.run(), Math.max(0, when - Date.now()));
      },
    });
    const started = performance.now();
    const notices = Array.from({ length: 200 }, newNotice);
    for (const notice of notices) await outbox.submit(notice, { kind: 'api', endpoint: server.endpoint, token: null });
    const deadline = Date.now() + 90_000;
    const settled = async () => (await store.all()).every((r) => r.state === 'received');
    while (!(await settled()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    clearTimeout(timer);
    const wall = performance.now() - started;

    const filed = server.notices();
    const ids = filed.map((n) => n.idempotencyKey);
    const records = await store.all();
    const attempts = records.reduce((sum, r) => sum + r.attempts, 0);
    const duplicates = ids.length - new Set(ids).size;
    const lost = notices.filter((n) => !ids.includes(n.id)).length;
    const receipts = records.every((r) =>
      filed.some((f) => f.receiptId === r.receipt?.id && f.idempotencyKey === r.id),
    );
    const figures = server.figures();
    console.log(
      `soak: ${notices.length} notices, wall ${(wall / 1000).toFixed(1)} s, ${figures.posts} POSTs, ${attempts - notices.length} retries, ` +
        `${figures.faults} faults injected, ${figures.replays} replays answered with the first receipt, duplicates ${duplicates}, lost ${lost}`,
    );
    expect(filed).toHaveLength(200);
    expect(duplicates).toBe(0);
    expect(lost).toBe(0);
    expect(receipts).toBe(true);
    expect(figures.faults).toBeGreaterThan(50);
  }, 120_000);
});
