import type { SafetyGateAlert } from '../../core/safety-gate/types';
import { requestDone, transactionDone } from '../../runtime/idb';

/** Imported Safety Gate alerts in IndexedDB, one record per alert number (a re-import replaces it). */
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

export function putAlerts(alerts: readonly SafetyGateAlert[]): Promise<void> {
  return withAlerts('readwrite', async (store) => {
    for (const alert of alerts) store.put(alert);
  });
}

export function allAlerts(): Promise<SafetyGateAlert[]> {
  return withAlerts('readonly', (store) => requestDone(store.getAll() as IDBRequest<SafetyGateAlert[]>));
}

export function countAlerts(): Promise<number> {
  return withAlerts('readonly', (store) => requestDone(store.count()));
}

export function clearAlerts(): Promise<void> {
  return withAlerts('readwrite', async (store) => {
    store.clear();
  });
}
