import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A reference notice-and-action server implementing shared/contracts/notice-api.md, on 127.0.0.1 only:
 * it checks the Art. 16(2) elements (422 with the fields), issues receipts (201; 200 with the same
 * receipt for a repeated Idempotency-Key), answers status polls with decisions the test makes, and
 * sends CORS headers so an extension can call it without host permissions (`cors: false`: none, as an
 * independent server may; the extension then needs host access). Faults are injected per POST.
 */
export type Fault =
  | { kind: 'status'; status: number; error?: { code: string; message: string; fields: string[] } }
  | { kind: 'retry-after'; status: 429 | 503; after: string }
  | { kind: 'timeout' }
  | { kind: 'reset' }
  | { kind: 'slow'; ms: number }
  | { kind: 'drop-answer' };

export interface ReceivedNotice {
  receiptId: string;
  receivedAt: string;
  idempotencyKey: string;
  authorization: string | null;
  body: Record<string, unknown>;
  decision: Record<string, unknown> | null;
  status: 'received' | 'in-review' | 'decided';
}

export interface ServerFigures {
  posts: number;
  /** POSTs whose Idempotency-Key had already been filed: answered 200 with the old receipt. */
  replays: number;
  faults: number;
  rejected: number;
}

export interface NoticeServer {
  /** POST here; GET {endpoint}/{receipt id} for the status. */
  endpoint: string;
  /** Each notice filed, once. */
  notices(): ReceivedNotice[];
  figures(): ServerFigures;
  /** Faults for the next POSTs, in order (each used once). */
  inject(...faults: Fault[]): void;
  /** A fault picked for every POST with no queued fault (soak). */
  faultEach(pick: (post: number) => Fault | null): void;
  /** Calls back when a notice has been filed and before its answer is written, e.g. to stop a service worker mid-send. */
  onFiled(listener: () => void | Promise<void>): void;
  setStatus(receiptId: string, status: 'in-review'): void;
  decide(
    receiptId: string,
    outcome: 'removed' | 'restricted' | 'no-action',
    statementOfReasons: string,
    decidedAt?: string,
  ): void;
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, idempotency-key, authorization',
  'access-control-expose-headers': 'retry-after',
  'access-control-max-age': '600',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The Art. 16(2) elements and the contract's required fields; the paths of those missing or wrong. */
export function art16Problems(body: Record<string, unknown>, idempotencyKey: string | undefined): string[] {
  const fields: string[] = [];
  if (body.schema !== 'flagpost-notice/1') fields.push('schema');
  if (typeof body.id !== 'string' || body.id !== idempotencyKey) fields.push('id');
  if (typeof body.explanation !== 'string' || body.explanation.trim().length < 50) fields.push('explanation');
  const locations = body.locations;
  if (!Array.isArray(locations) || locations.length === 0) fields.push('locations');
  else
    locations.forEach((l: { url?: unknown }, i) => {
      if (typeof l?.url !== 'string' || !/^https?:\/\//.test(l.url)) fields.push(`locations.${i}.url`);
    });
  const notifier = body.notifier as { name?: unknown; email?: unknown; anonymousReason?: unknown } | undefined;
  const anonymous = typeof notifier?.anonymousReason === 'string' && notifier.anonymousReason.length > 0;
  if (!anonymous && (typeof notifier?.name !== 'string' || notifier.name.trim() === '')) fields.push('notifier.name');
  if (!anonymous && (typeof notifier?.email !== 'string' || !EMAIL.test(notifier.email))) fields.push('notifier.email');
  if (body.goodFaith !== true) fields.push('goodFaith');
  if (typeof body.category !== 'string' || !body.category.startsWith('STATEMENT_CATEGORY_')) fields.push('category');
  return fields;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startNoticeServer(options: { token?: string; cors?: boolean } = {}): Promise<NoticeServer> {
  const cors = options.cors === false ? {} : CORS;
  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { ...cors, 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const byKey = new Map<string, ReceivedNotice>();
  const byReceipt = new Map<string, ReceivedNotice>();
  const queued: Fault[] = [];
  const figures: ServerFigures = { posts: 0, replays: 0, faults: 0, rejected: 0 };
  let pick: (post: number) => Fault | null = () => null;
  const filedListeners: (() => void | Promise<void>)[] = [];
  const sockets = new Set<Socket>();

  const file = (
    key: string,
    body: Record<string, unknown>,
    authorization: string | null,
  ): { notice: ReceivedNotice; replay: boolean } => {
    const known = byKey.get(key);
    if (known) return { notice: known, replay: true };
    const notice: ReceivedNotice = {
      receiptId: `R-${randomUUID()}`,
      receivedAt: new Date().toISOString(),
      idempotencyKey: key,
      authorization,
      body,
      decision: null,
      status: 'received',
    };
    byKey.set(key, notice);
    byReceipt.set(notice.receiptId, notice);
    return { notice, replay: false };
  };

  const handlePost = async (req: IncomingMessage, res: ServerResponse) => {
    figures.posts += 1;
    const text = await readBody(req);
    const fault = queued.shift() ?? pick(figures.posts);
    if (fault) figures.faults += 1;
    if (fault?.kind === 'reset') return req.socket.destroy();
    if (fault?.kind === 'timeout') return; // never answers; the client's timeout ends it
    if (fault?.kind === 'status')
      return json(res, fault.status, {
        error: fault.error ?? { code: 'server-error', message: 'Injected failure', fields: [] },
      });
    if (fault?.kind === 'retry-after')
      return json(
        res,
        fault.status,
        { error: { code: 'busy', message: 'Try again later', fields: [] } },
        { 'retry-after': fault.after },
      );
    if (fault?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.ms));

    if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
      figures.rejected += 1;
      return json(res, 401, { error: { code: 'unauthorized', message: 'A valid token is required', fields: [] } });
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      figures.rejected += 1;
      return json(res, 400, { error: { code: 'bad-json', message: 'The body is not JSON', fields: [] } });
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      figures.rejected += 1;
      return json(res, 400, { error: { code: 'bad-body', message: 'The body is not a JSON object', fields: [] } });
    }
    const key = req.headers['idempotency-key'];
    const problems = art16Problems(body as Record<string, unknown>, typeof key === 'string' ? key : undefined);
    if (typeof key !== 'string' || problems.length > 0) {
      figures.rejected += 1;
      return json(res, 422, {
        error: {
          code: 'incomplete-notice',
          message: 'The notice lacks elements required by DSA Art. 16(2)',
          fields: problems,
        },
      });
    }
    const { notice, replay } = file(key, body as Record<string, unknown>, req.headers.authorization ?? null);
    if (replay) figures.replays += 1;
    for (const listener of filedListeners) await listener();
    if (fault?.kind === 'drop-answer') return req.socket.destroy(); // filed, but the answer is lost
    json(res, replay ? 200 : 201, { receipt: { id: notice.receiptId, receivedAt: notice.receivedAt } });
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      return res.end();
    }
    if (req.method === 'POST' && url.pathname === '/notices') return void handlePost(req, res);
    const status = /^\/notices\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && status) {
      const notice = byReceipt.get(decodeURIComponent(status[1] ?? ''));
      if (!notice) return json(res, 404, { error: { code: 'not-found', message: 'No such receipt', fields: [] } });
      return json(res, 200, { id: notice.receiptId, status: notice.status, decision: notice.decision });
    }
    json(res, 404, { error: { code: 'not-found', message: 'Not a notice endpoint', fields: [] } });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const receipt = (id: string) => {
    const notice = byReceipt.get(id);
    if (!notice) throw new Error(`no receipt ${id}`);
    return notice;
  };

  return {
    endpoint: `http://127.0.0.1:${port}/notices`,
    notices: () => [...byKey.values()],
    figures: () => ({ ...figures }),
    inject: (...faults) => void queued.push(...faults),
    faultEach: (picker) => void (pick = picker),
    onFiled: (listener) => void filedListeners.push(listener),
    setStatus: (id, status) => void (receipt(id).status = status),
    decide: (id, outcome, statementOfReasons, decidedAt = new Date().toISOString()) => {
      const notice = receipt(id);
      notice.status = 'decided';
      notice.decision = {
        outcome,
        decidedAt,
        statementOfReasons,
        automated: false,
        redress: 'internal complaint within 6 months (DSA Art. 20)',
      };
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
