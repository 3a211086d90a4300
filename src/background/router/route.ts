import type { Runtime } from 'webextension-polyfill';
import type { Message, RequestType, Requests } from '../../runtime/messages';
import { POLICY } from './policy';
import { senderKind, type SenderKind } from './senders';
import { isRecord, own } from './shape';

export type Handler<T extends RequestType> = (
  message: Message<T>,
  sender: Runtime.MessageSender,
) => Promise<Requests[T]['response']>;
export type Handlers = { [T in RequestType]: Handler<T> };

/** A message the boundary turned away; the sender's promise rejects with this message. */
export class RefusedMessage extends Error {
  constructor(
    readonly type: RequestType | null,
    readonly kind: SenderKind,
    readonly reason: 'unknown-type' | 'sender' | 'payload',
  ) {
    super(`Flagpost refused ${type ?? 'an unknown message'} from ${kind}: ${reason}`);
  }
}

const isRequestType = (value: unknown): value is RequestType =>
  typeof value === 'string' && Object.hasOwn(POLICY, value);

function checked<T extends RequestType>(type: T, message: Record<string, unknown>, kind: SenderKind): Message<T> {
  const rule = POLICY[type];
  if (!rule.from.includes(kind)) throw new RefusedMessage(type, kind, 'sender');
  if (!rule.payload(message)) throw new RefusedMessage(type, kind, 'payload');
  return message as Message<T>;
}

/**
 * The service worker's one door: every message is matched against its type's declared senders and
 * payload shape before its handler runs. Refusals are logged with the type and the kind of sender
 * only (nothing the page sent), and the sender gets an error.
 */
export function createRouter(
  handlers: Handlers,
  identity: { extensionBase: string; extensionId: string },
): (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> {
  return (message, sender) => {
    const kind = senderKind(sender, identity.extensionBase, identity.extensionId);
    try {
      const type = isRecord(message) ? own(message, 'type') : undefined;
      if (!isRecord(message) || !isRequestType(type)) throw new RefusedMessage(null, kind, 'unknown-type');
      const handler = handlers[type] as Handler<RequestType>;
      return handler(checked(type, message, kind), sender);
    } catch (error) {
      if (error instanceof RefusedMessage) console.warn(error.message);
      return Promise.reject(error);
    }
  };
}
