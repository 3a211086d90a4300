import type { Snapshot, SnapshotPart } from '../../capture/types';
import { snapshotSize } from '../../capture/assemble';
import { requestDone, transactionDone } from '../../runtime/idb';

/**
 * The snapshot library in IndexedDB, shared by the service worker (which saves) and the library
 * page (which lists, opens, deletes and exports). Summaries and parts live apart so that listing
 * never loads the images.
 */
const DB_NAME = 'flagpost-library';
const SUMMARIES = 'summaries';
const PARTS = 'parts';

export type SnapshotSummary = Omit<Snapshot, 'parts'> & { size: number };

function open(): Promise<IDBDatabase> {
  const request = indexedDB.open(DB_NAME, 1);
  request.onupgradeneeded = () => {
    request.result.createObjectStore(SUMMARIES, { keyPath: 'id' });
    request.result.createObjectStore(PARTS);
  };
  return requestDone(request);
}

async function withStores<T>(
  mode: IDBTransactionMode,
  work: (summaries: IDBObjectStore, parts: IDBObjectStore) => Promise<T>,
): Promise<T> {
  const db = await open();
  try {
    const tx = db.transaction([SUMMARIES, PARTS], mode);
    const [result] = await Promise.all([work(tx.objectStore(SUMMARIES), tx.objectStore(PARTS)), transactionDone(tx)]);
    return result;
  } finally {
    db.close();
  }
}

export async function saveSnapshot(snapshot: Snapshot): Promise<SnapshotSummary> {
  const { parts, ...rest } = snapshot;
  const summary: SnapshotSummary = { ...rest, size: snapshotSize(snapshot) };
  await withStores('readwrite', async (summaries, partStore) => {
    summaries.put(summary);
    partStore.put(parts, snapshot.id);
  });
  return summary;
}

/** Newest first. */
export async function listSnapshots(): Promise<SnapshotSummary[]> {
  const all = await withStores('readonly', (summaries) =>
    requestDone(summaries.getAll() as IDBRequest<SnapshotSummary[]>),
  );
  return all.sort((a, b) => b.metadata.capturedAt.localeCompare(a.metadata.capturedAt));
}

export async function loadSnapshot(id: string): Promise<Snapshot | null> {
  return withStores('readonly', async (summaries, partStore) => {
    const [summary, parts] = await Promise.all([
      requestDone(summaries.get(id) as IDBRequest<SnapshotSummary | undefined>),
      requestDone(partStore.get(id) as IDBRequest<SnapshotPart[] | undefined>),
    ]);
    if (!summary || !parts) return null;
    const { size: _size, ...snapshot } = summary;
    return { ...snapshot, parts };
  });
}

export async function deleteSnapshots(ids: readonly string[]): Promise<void> {
  await withStores('readwrite', async (summaries, partStore) => {
    for (const id of ids) {
      summaries.delete(id);
      partStore.delete(id);
    }
  });
}

/** What the browser lets Flagpost keep, for the library's "used of available" line. */
export async function storageEstimate(): Promise<{ usage: number; quota: number }> {
  const estimate = await navigator.storage.estimate();
  return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 };
}
