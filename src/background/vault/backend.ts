import { requestDone, transactionDone } from '../../runtime/idb';

/** Items by name, each read-modify-write atomic over the items it names. */
export interface Backend {
  get(key: string): Promise<unknown>;
  /**
   * Reads `keys`, passes them to `change` (synchronous) and writes the items it returns, all in one
   * transaction: both or neither, and two updates of one item never interleave.
   */
  update(keys: readonly string[], change: (current: Record<string, unknown>) => Record<string, unknown>): Promise<void>;
}

const STORE = 'items';

function open(name: string): Promise<IDBDatabase> {
  const request = indexedDB.open(name, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE);
  return requestDone(request);
}

/** The extension's own IndexedDB: content scripts, which use their page's origin, never reach it. */
export function indexedDbBackend(name: string): Backend {
  let db: Promise<IDBDatabase> | null = null;
  const store = async (mode: IDBTransactionMode) => {
    db ??= open(name);
    return (await db).transaction(STORE, mode).objectStore(STORE);
  };
  return {
    get: async (key) => requestDone((await store('readonly')).get(key)),
    update: async (keys, change) => {
      const items = await store('readwrite');
      const done = transactionDone(items.transaction);
      done.catch(() => undefined); // awaited below; a failed get must not leave it unhandled
      try {
        // The gets settle within the transaction's own events, so it is still active for the puts.
        const values = await Promise.all(keys.map((key) => requestDone(items.get(key))));
        const next = change(Object.fromEntries(keys.map((key, i) => [key, values[i]])));
        for (const [key, value] of Object.entries(next)) items.put(value, key);
      } catch (error) {
        items.transaction.abort();
        throw error;
      }
      await done;
    },
  };
}

/** The same in memory, copying as IndexedDB's structured clone does (unit tests). */
export function memoryBackend(initial: Record<string, unknown> = {}): Backend & { items: Map<string, unknown> } {
  const items = new Map(Object.entries(structuredClone(initial)));
  let queue: Promise<unknown> = Promise.resolve();
  return {
    items,
    get: async (key) => structuredClone(items.get(key)),
    update: (keys, change) => {
      const run = queue.then(() => {
        const next = change(structuredClone(Object.fromEntries(keys.map((key) => [key, items.get(key)]))));
        for (const [key, value] of Object.entries(next)) items.set(key, structuredClone(value));
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
