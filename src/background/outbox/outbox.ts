import { complaintDeadline } from '../../core/notice/deadline';
import type { Channel } from '../../core/notice/channel';
import type { Notice } from '../../core/notice/types';
import { validateNotice } from '../../core/notice/validate';
import { endpointAllowed } from '../../core/net/endpoint';
import { networkFailure, readAnswer, type SendOutcome } from './answer';
import { backoffDelay } from './backoff';
import type { Decision, OutboxRecord, OutboxStore } from './types';

export interface OutboxDeps {
  store: OutboxStore;
  fetch: typeof fetch;
  now: () => number;
  /** Ask to be run again at this time (an alarm, so a stopped worker resumes); null: nothing pending. */
  wakeAt: (when: number | null) => void | Promise<void>;
  backoff?: (attempt: number) => number;
  timeoutMs?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Whether Flagpost holds host access to the endpoint; without it the browser's CORS check blocks servers that send no CORS headers. */
  mayContact?: (endpoint: string) => Promise<boolean>;
}

const POLL_FIRST_MS = 15 * 60_000;
const POLL_CAP_MS = 24 * 60 * 60_000;
const pollDelay = (polls: number) => Math.min(POLL_CAP_MS, POLL_FIRST_MS * 2 ** polls);

const isPending = (r: OutboxRecord) => r.state === 'queued' || r.state === 'sending' || r.state === 'received';

export class InvalidNoticeError extends Error {
  constructor(readonly fields: string[]) {
    super(`invalid notice: ${fields.join(', ')}`);
  }
}

function headers(
  channel: Extract<Channel, { kind: 'api' }>,
  extra: Record<string, string> = {},
): Record<string, string> {
  return channel.token ? { ...extra, authorization: `Bearer ${channel.token}` } : extra;
}

function isDecision(value: unknown): value is Decision {
  const d = value as Partial<Decision> | null;
  return typeof d?.outcome === 'string' && typeof d.decidedAt === 'string';
}

/**
 * The outbox: every notice is stored before anything is sent, and each pass sends what is due,
 * retries what failed, and polls receipts for decisions. One notice keeps one Idempotency-Key
 * (its id) across attempts and worker restarts, so a server never files it twice.
 */
export class Outbox {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly deps: OutboxDeps) {}

  private get timeoutMs(): number {
    return this.deps.timeoutMs ?? 30_000;
  }

  /** Stores the notice (queued for `api`, exported otherwise) and starts a pass. */
  async submit(notice: Notice, channel: Channel): Promise<OutboxRecord> {
    const problems = validateNotice(notice);
    if (problems.length > 0) throw new InvalidNoticeError(problems.map((p) => p.field));
    const existing = await this.deps.store.get(notice.id);
    if (existing) return existing;
    const record: OutboxRecord = {
      id: notice.id,
      notice,
      channel,
      state: channel.kind === 'api' ? 'queued' : 'exported',
      attempts: 0,
      nextAt: channel.kind === 'api' ? this.deps.now() : null,
      lastError: null,
      receipt: null,
      review: null,
      decision: null,
      complaintDeadline: null,
      polls: 0,
      updatedAt: this.deps.now(),
    };
    await this.deps.store.put(record);
    void this.run();
    return record;
  }

  /** Runs passes until nothing is due; concurrent callers share the running pass. */
  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.pass();
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * At worker start: a notice still marked sending lost its request with the old worker, so it is
   * due now (the server files it once whatever reached it, thanks to the Idempotency-Key).
   */
  async resume(): Promise<void> {
    const now = this.deps.now();
    for (const record of await this.deps.store.all()) {
      if (record.state === 'sending') await this.deps.store.put({ ...record, nextAt: now });
    }
    await this.run();
  }

  /** Polls every receipt now (the user opened the history), then runs a pass. */
  async pollNow(): Promise<void> {
    const now = this.deps.now();
    for (const record of await this.deps.store.all()) {
      if (record.state === 'received') await this.deps.store.put({ ...record, nextAt: now });
    }
    await this.run();
  }

  /** Host access was granted: the notices held for the lack of it are due now. */
  async retryHeld(): Promise<void> {
    const now = this.deps.now();
    for (const record of await this.deps.store.all()) {
      if (record.state === 'queued' && record.lastError?.code === 'no-access')
        await this.deps.store.put({ ...record, nextAt: now });
    }
    await this.run();
  }

  private async pass(): Promise<void> {
    const now = this.deps.now();
    const pending = (await this.deps.store.all()).filter(isPending);
    const due = pending.filter((r) => r.nextAt !== null && r.nextAt <= now);
    // Wake up after the request timeout at the latest, in case this worker is stopped mid-send.
    if (due.length > 0)
      await this.deps.wakeAt(
        Math.min(now + this.timeoutMs, ...pending.filter((r) => !due.includes(r)).map((r) => r.nextAt ?? Infinity)),
      );
    const queue = [...due];
    const worker = async () => {
      for (let record = queue.shift(); record; record = queue.shift()) {
        await (record.state === 'received' ? this.poll(record) : this.send(record));
      }
    };
    await Promise.all(Array.from({ length: this.deps.concurrency ?? 4 }, worker));
    const next = (await this.deps.store.all()).filter(isPending).map((r) => r.nextAt ?? Infinity);
    const when = Math.min(...next);
    await this.deps.wakeAt(Number.isFinite(when) ? when : null);
  }

  private async send(queued: OutboxRecord): Promise<void> {
    const { channel, notice } = queued;
    if (channel.kind !== 'api') return;
    // Checked before every attempt: a stored notice from an older version must not go out malformed.
    const problems = validateNotice(notice);
    if (problems.length > 0) {
      const error = {
        status: null,
        code: 'invalid',
        message: 'The notice is incomplete',
        fields: problems.map((p) => p.field),
      };
      return this.deps.store.put({
        ...queued,
        state: 'rejected',
        nextAt: null,
        lastError: error,
        updatedAt: this.deps.now(),
      });
    }
    // A notice stored by an older version, or saved before the rule: never sent in clear to another machine.
    if (!endpointAllowed(channel.endpoint)) {
      const error = { status: null, code: 'endpoint-not-allowed', message: 'The endpoint is not https', fields: [] };
      return this.deps.store.put({
        ...queued,
        state: 'rejected',
        nextAt: null,
        lastError: error,
        updatedAt: this.deps.now(),
      });
    }
    const timeoutMs = this.timeoutMs;
    const sending: OutboxRecord = {
      ...queued,
      state: 'sending',
      attempts: queued.attempts + 1,
      nextAt: this.deps.now() + timeoutMs,
      updatedAt: this.deps.now(),
    };
    await this.deps.store.put(sending);
    let outcome: SendOutcome;
    try {
      const response = await this.deps.fetch(channel.endpoint, {
        method: 'POST',
        headers: headers(channel, { 'content-type': 'application/json', 'idempotency-key': notice.id }),
        body: JSON.stringify(notice),
        signal: AbortSignal.timeout(timeoutMs),
      });
      outcome = await readAnswer(response, this.deps.now());
    } catch (cause) {
      outcome = networkFailure(cause);
    }
    if (outcome.kind === 'retry' && outcome.error.code === 'network' && !(await this.mayContact(channel.endpoint)))
      return this.deps.store.put(this.heldForAccess(sending, channel.endpoint));
    await this.deps.store.put(this.after(sending, outcome));
  }

  private async mayContact(endpoint: string): Promise<boolean> {
    try {
      return (await this.deps.mayContact?.(endpoint)) ?? true;
    } catch {
      return true;
    }
  }

  /**
   * "Failed to fetch" without host access is most likely the browser's CORS check: retrying cannot
   * help, so the notice waits (no timer) until access is granted (retryHeld), and the history says what to do.
   */
  private heldForAccess(sending: OutboxRecord, endpoint: string): OutboxRecord {
    // The message is the origin: the history puts it into the user's language.
    const error = { status: null, code: 'no-access', message: new URL(endpoint).origin, fields: [] };
    return { ...sending, state: 'queued', nextAt: null, lastError: error, updatedAt: this.deps.now() };
  }

  private after(sending: OutboxRecord, outcome: SendOutcome): OutboxRecord {
    const now = this.deps.now();
    switch (outcome.kind) {
      case 'received':
        return {
          ...sending,
          state: 'received',
          receipt: outcome.receipt,
          review: 'received',
          lastError: null,
          nextAt: now + pollDelay(0),
          updatedAt: now,
        };
      case 'retry': {
        const delay = outcome.afterMs ?? (this.deps.backoff ?? backoffDelay)(sending.attempts);
        return { ...sending, state: 'queued', lastError: outcome.error, nextAt: now + delay, updatedAt: now };
      }
      case 'permanent':
        return { ...sending, state: 'rejected', lastError: outcome.error, nextAt: null, updatedAt: now };
    }
  }

  /** The status answer, or null when there is none yet (unanswered polls are retried on the next schedule). */
  private async fetchStatus(
    channel: Extract<Channel, { kind: 'api' }>,
    receiptId: string,
  ): Promise<{ status?: unknown; decision?: unknown } | null> {
    try {
      const response = await this.deps.fetch(
        `${channel.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(receiptId)}`,
        {
          headers: headers(channel, { accept: 'application/json' }),
          signal: AbortSignal.timeout(this.timeoutMs),
        },
      );
      return response.ok ? ((await response.json()) as { status?: unknown; decision?: unknown }) : null;
    } catch {
      return null;
    }
  }

  private async poll(record: OutboxRecord): Promise<void> {
    const { channel, receipt } = record;
    if (channel.kind !== 'api' || !receipt) return;
    const polls = record.polls + 1;
    const answer = await this.fetchStatus(channel, receipt.id);
    const now = this.deps.now();
    if (answer && isDecision(answer.decision)) {
      const decision = answer.decision;
      return this.deps.store.put({
        ...record,
        state: 'decided',
        review: 'decided',
        decision,
        complaintDeadline: complaintDeadline(decision.decidedAt),
        polls,
        nextAt: null,
        updatedAt: now,
      });
    }
    const review = answer?.status === 'in-review' ? 'in-review' : record.review;
    await this.deps.store.put({ ...record, review, polls, nextAt: now + pollDelay(polls), updatedAt: now });
  }
}
