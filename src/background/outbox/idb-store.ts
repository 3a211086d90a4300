import type { OutboxRecord, OutboxStore } from './types';

const DB_NAME = 'flagpost-outbox';
const STORE = 'notices';

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = transaction.onabort = () =>
      reject(transaction.error ?? new Error('IndexedDB transaction failed'));
  });
}

function open(): Promise<IDBDatabase> {
  const request = indexedDB.open(DB_NAME, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
  return done(request);
}

/** The outbox in IndexedDB: it survives the service worker and the browser being closed. */
export function indexedDbStore(): OutboxStore {
  let db: Promise<IDBDatabase> | null = null;
  const objects = async (mode: IDBTransactionMode) => {
    db ??= open();
    return (await db).transaction(STORE, mode).objectStore(STORE);
  };
  return {
    get: async (id) => (await done((await objects('readonly')).get(id))) as OutboxRecord | undefined,
    // Resolves once the write is committed: a notice is on disk before its request goes out.
    put: async (record) => {
      const store = await objects('readwrite');
      store.put(record);
      await committed(store.transaction);
    },
    all: async () => (await done((await objects('readonly')).getAll())) as OutboxRecord[],
    clear: async () => void (await done((await objects('readwrite')).clear())),
  };
}
