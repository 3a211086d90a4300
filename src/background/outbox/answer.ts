import { parseRetryAfter } from './backoff';
import type { Receipt, SendError } from './types';

/** What one answer to a POST means for the notice. */
export type SendOutcome =
  | { kind: 'received'; receipt: Receipt }
  | { kind: 'retry'; error: SendError; afterMs: number | null }
  | { kind: 'permanent'; error: SendError };

function isReceipt(value: unknown): value is { receipt: Receipt } {
  const receipt = (value as { receipt?: Partial<Receipt> } | null)?.receipt;
  return typeof receipt?.id === 'string' && typeof receipt.receivedAt === 'string';
}

async function errorOf(response: Response): Promise<SendError> {
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: unknown; message?: unknown; fields?: unknown };
  } | null;
  const error = body?.error;
  return {
    status: response.status,
    code: typeof error?.code === 'string' ? error.code : `http-${response.status}`,
    message: typeof error?.message === 'string' ? error.message : response.statusText,
    fields: Array.isArray(error?.fields) ? error.fields.filter((f): f is string => typeof f === 'string') : [],
  };
}

/** Statuses a later attempt can fix by itself; every other 4xx needs the user (400, 422, 401, 403…). */
const TRANSIENT_4XX = new Set([408, 425, 429]);

/** Reads an answer per notice-api.md: 201/200 receipt, 429/503 Retry-After, other 5xx backoff, 4xx permanent. */
export async function readAnswer(response: Response, now: number): Promise<SendOutcome> {
  if (response.status === 200 || response.status === 201) {
    const body: unknown = await response.json().catch(() => null);
    if (isReceipt(body)) return { kind: 'received', receipt: body.receipt };
    return {
      kind: 'retry',
      afterMs: null,
      error: { status: response.status, code: 'bad-receipt', message: 'The answer carried no receipt', fields: [] },
    };
  }
  const error = await errorOf(response);
  if (response.status >= 500 || TRANSIENT_4XX.has(response.status)) {
    const afterMs =
      response.status === 429 || response.status === 503
        ? parseRetryAfter(response.headers.get('retry-after'), now)
        : null;
    return { kind: 'retry', error, afterMs };
  }
  return { kind: 'permanent', error };
}

/** A request that got no answer at all (reset, timeout, offline): the notice may or may not have arrived. */
export function networkFailure(cause: unknown): SendOutcome {
  const timeout = cause instanceof DOMException && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
  return {
    kind: 'retry',
    afterMs: null,
    error: {
      status: null,
      code: timeout ? 'timeout' : 'network',
      message: cause instanceof Error ? cause.message : String(cause),
      fields: [],
    },
  };
}
