import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../src/background/vault/backend';
import { Vault, type LegacyArea } from '../../src/background/vault/vault';

const CONFIG = {
  notifier: { name: 'Erika Mustermann', email: 'erika@example.org', role: 'consumer' },
  channels: { aliexpress: { kind: 'api', endpoint: 'https://n.example/notices', token: 'S3CRET' } },
};
const PINS = { 'toy-safety': { publicKey: 'KEY-A', version: 3 } };

/** storage.local as the old version left it (and as a page may write it). */
function legacyArea(initial: Record<string, unknown>): LegacyArea & { items: Map<string, unknown> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    get: async (keys) => Object.fromEntries(keys.filter((k) => items.has(k)).map((k) => [k, items.get(k)])),
    remove: async (keys) => keys.forEach((k) => items.delete(k)),
  };
}

describe("the worker's vault", () => {
  it('moves the notice settings, campaigns, pins and reported traders out of storage.local and deletes them there', async () => {
    const local = legacyArea({ noticeConfig: CONFIG, campaignPins: PINS, settings: { showBadge: true } });
    const backend = memoryBackend();
    const vault = new Vault(backend, local);
    expect(await vault.get('noticeConfig')).toEqual(CONFIG);
    expect(await vault.get('campaignPins')).toEqual(PINS);
    expect(await vault.get('campaigns')).toBeUndefined();
    expect([...local.items.keys()]).toEqual(['settings']);
    expect(backend.items.get('version')).toBe(1);
  });

  it('takes storage.local in once only: what a page writes there later is never read, only removed', async () => {
    const backend = memoryBackend();
    await new Vault(backend, legacyArea({ campaignPins: PINS })).get('campaignPins');
    // A page re-pins the campaign to its own key and sets its own endpoint, for the next start.
    const local = legacyArea({
      campaignPins: { 'toy-safety': { publicKey: 'EVIL', version: 99 } },
      noticeConfig: { ...CONFIG, channels: {} },
    });
    const restarted = new Vault(backend, local);
    expect(await restarted.get('campaignPins')).toEqual(PINS);
    expect(await restarted.get('noticeConfig')).toBeUndefined();
    expect(local.items.size).toBe(0);
  });

  it('keeps what it moved when the worker stopped before storage.local was cleaned', async () => {
    const backend = memoryBackend({ noticeConfig: CONFIG });
    const local = legacyArea({
      noticeConfig: { ...CONFIG, notifier: { ...CONFIG.notifier, email: 'old@example.org' } },
    });
    expect(await new Vault(backend, local).get('noticeConfig')).toEqual(CONFIG);
    expect(local.items.size).toBe(0);
  });

  it('serialises updates of one item: none is lost', async () => {
    const vault = new Vault(memoryBackend(), legacyArea({}));
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        vault.update(['reportedTraders'], ({ reportedTraders = [] }) => ({
          reportedTraders: [
            ...reportedTraders,
            { ids: [{ kind: 'store' as const, value: `s-${i}` }], noticeId: `n-${i}` },
          ],
        })),
      ),
    );
    expect(await vault.get('reportedTraders')).toHaveLength(20);
  });

  it('writes several items together or not at all', async () => {
    const vault = new Vault(memoryBackend(), legacyArea({ campaignPins: PINS }));
    await expect(
      vault.update(['campaigns', 'campaignPins'], () => {
        throw new Error('the pack changed meanwhile');
      }),
    ).rejects.toThrow('the pack changed meanwhile');
    expect(await vault.get('campaigns')).toBeUndefined();
    expect(await vault.get('campaignPins')).toEqual(PINS);
  });
});
