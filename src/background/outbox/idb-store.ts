import { requestDone, transactionDone } from '../../runtime/idb';
import type { OutboxRecord, OutboxStore } from './types';

const DB_NAME = 'flagpost-outbox';
const STORE = 'notices';

function open(): Promise<IDBDatabase> {
  const request = indexedDB.open(DB_NAME, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
  return requestDone(request);
}

/** The outbox in IndexedDB: it survives the service worker and the browser being closed. */
export function indexedDbStore(): OutboxStore {
  let db: Promise<IDBDatabase> | null = null;
  const objects = async (mode: IDBTransactionMode) => {
    db ??= open();
    return (await db).transaction(STORE, mode).objectStore(STORE);
  };
  return {
    get: async (id) => (await requestDone((await objects('readonly')).get(id))) as OutboxRecord | undefined,
    // Resolves once the write is committed: a notice is on disk before its request goes out.
    put: async (record) => {
      const store = await objects('readwrite');
      store.put(record);
      await transactionDone(store.transaction);
    },
    all: async () => (await requestDone((await objects('readonly')).getAll())) as OutboxRecord[],
    clear: async () => void (await requestDone((await objects('readwrite')).clear())),
  };
}
