import type { OutboxRecord, OutboxStore } from '../../../src/background/outbox/types';

/** The outbox store as a map, copying records as IndexedDB's structured clone does. */
export function memoryStore(): OutboxStore & { records: Map<string, OutboxRecord> } {
  const records = new Map<string, OutboxRecord>();
  return {
    records,
    get: async (id) => structuredClone(records.get(id)),
    put: async (record) => void records.set(record.id, structuredClone(record)),
    all: async () => [...records.values()].map((r) => structuredClone(r)),
    clear: async () => records.clear(),
  };
}
