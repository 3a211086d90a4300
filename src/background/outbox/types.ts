import type { Channel } from '../../core/notice/channel';
import type { Notice } from '../../core/notice/types';

/**
 * Where a notice is: queued (waiting for its next attempt), sending (a request is out; if the worker
 * dies now the same notice is sent again under the same Idempotency-Key), received (the platform's
 * receipt), decided, rejected (a permanent answer, with its reason), exported (filed by the user).
 */
export type NoticeState = 'queued' | 'sending' | 'received' | 'decided' | 'rejected' | 'exported';

export interface Receipt {
  id: string;
  receivedAt: string;
}

export interface Decision {
  outcome: 'removed' | 'restricted' | 'no-action';
  decidedAt: string;
  statementOfReasons: string;
  automated: boolean;
  redress: string;
}

export interface SendError {
  /** HTTP status, or null for a network failure or timeout. */
  status: number | null;
  code: string;
  message: string;
  fields: string[];
}

export interface OutboxRecord {
  id: string;
  notice: Notice;
  channel: Channel;
  state: NoticeState;
  attempts: number;
  /** Epoch ms of the next send attempt (queued, sending) or status poll (received). */
  nextAt: number | null;
  lastError: SendError | null;
  receipt: Receipt | null;
  review: 'received' | 'in-review' | 'decided' | null;
  decision: Decision | null;
  /** DSA Art. 20: the internal complaint is open until then. */
  complaintDeadline: string | null;
  polls: number;
  updatedAt: number;
}

/** Persistence of the outbox; IndexedDB in the extension, a map in unit tests. */
export interface OutboxStore {
  get(id: string): Promise<OutboxRecord | undefined>;
  put(record: OutboxRecord): Promise<void>;
  all(): Promise<OutboxRecord[]>;
  clear(): Promise<void>;
}
