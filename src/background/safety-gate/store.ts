import { sourcesOf, withSource, withoutSource, type IndexedAlert } from '../../core/safety-gate/sources';
import type { SafetyGateAlert } from '../../core/safety-gate/types';
import { requestDone, transactionDone } from '../../runtime/idb';

/** Indexed Safety Gate alerts in IndexedDB, one record per alert number (a re-import replaces it) with its sources. */
const DB_NAME = 'flagpost-safety-gate';
const ALERTS = 'alerts';

function open(): Promise<IDBDatabase> {
  const request = indexedDB.open(DB_NAME, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(ALERTS, { keyPath: 'caseNumber' });
  return requestDone(request);
}

async function withAlerts<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => Promise<T>): Promise<T> {
  const db = await open();
  try {
    const tx = db.transaction(ALERTS, mode);
    const [result] = await Promise.all([work(tx.objectStore(ALERTS)), transactionDone(tx)]);
    return result;
  } finally {
    db.close();
  }
}

const allIn = (store: IDBObjectStore) => requestDone(store.getAll() as IDBRequest<IndexedAlert[]>);

/** Adds (or refreshes) alerts from `source`, keeping the other sources that hold them. */
export function addAlerts(alerts: readonly SafetyGateAlert[], source: string): Promise<void> {
  return withAlerts('readwrite', async (store) => {
    const existing = new Map((await allIn(store)).map((record) => [record.caseNumber, record]));
    for (const alert of alerts) store.put(withSource(existing.get(alert.caseNumber), alert, source));
  });
}

/** Removes `source` from every alert; alerts no other source holds leave the index. */
export function removeSource(source: string): Promise<void> {
  return withAlerts('readwrite', async (store) => {
    for (const record of await allIn(store)) {
      if (!sourcesOf(record).includes(source)) continue;
      const kept = withoutSource(record, source);
      if (kept) store.put(kept);
      else store.delete(record.caseNumber);
    }
  });
}

export function allAlerts(): Promise<IndexedAlert[]> {
  return withAlerts('readonly', allIn);
}

export function countAlerts(): Promise<number> {
  return withAlerts('readonly', (store) => requestDone(store.count()));
}
