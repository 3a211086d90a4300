import type { ReportedTrader } from '../../core/campaign/known';
import type { Pinned } from '../../core/campaign/verify';
import type { NoticeConfig } from '../../core/notice/config';
import type { JoinedCampaign } from '../campaigns/store';
import type { Backend } from './backend';

/**
 * What only the service worker keeps, out of every page's reach: the notifier's identity and the
 * channels with their tokens, the joined campaigns and their pinned keys, the traders reported.
 */
export interface VaultItems {
  noticeConfig: NoticeConfig;
  campaigns: Record<string, JoinedCampaign>;
  campaignPins: Record<string, Pinned>;
  reportedTraders: ReportedTrader[];
}
export type VaultKey = keyof VaultItems;
export const VAULT_KEYS: readonly VaultKey[] = ['noticeConfig', 'campaigns', 'campaignPins', 'reportedTraders'];

/** The version of what is stored; each migration raises it once. */
const VERSION = 'version';

/** The part of storage.local the migration needs. */
export interface LegacyArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

/**
 * Version 1: the items move out of storage.local (which content scripts can read and write), and are
 * deleted there. Taken in once only: what a page writes to storage.local afterwards is never read, only removed.
 */
export async function migrate(backend: Backend, legacy: LegacyArea): Promise<void> {
  const found = await legacy.get([...VAULT_KEYS]);
  await backend.update([VERSION, ...VAULT_KEYS], (current) => {
    if (typeof current[VERSION] === 'number' && current[VERSION] >= 1) return {};
    const moved = Object.fromEntries(
      VAULT_KEYS.filter((key) => found[key] !== undefined && current[key] === undefined).map((key) => [
        key,
        found[key],
      ]),
    );
    return { ...moved, [VERSION]: 1 };
  });
  // Only after the move is committed: a stopped worker moves them next time.
  if (VAULT_KEYS.some((key) => found[key] !== undefined)) await legacy.remove([...VAULT_KEYS]);
}

/** Typed items over a backend; nothing is read or written before the migration has run. */
export class Vault {
  private ready: Promise<void> | null = null;

  constructor(
    private readonly backend: Backend,
    private readonly legacy: LegacyArea,
  ) {}

  private migrated(): Promise<void> {
    this.ready ??= migrate(this.backend, this.legacy).catch((error: unknown) => {
      this.ready = null; // tried again on the next use
      throw error;
    });
    return this.ready;
  }

  async get<K extends VaultKey>(key: K): Promise<VaultItems[K] | undefined> {
    await this.migrated();
    return (await this.backend.get(key)) as VaultItems[K] | undefined;
  }

  /** One atomic change of these items; `change` returns the items to write (others stay as they are). */
  async update<K extends VaultKey>(
    keys: readonly K[],
    change: (current: Partial<Pick<VaultItems, K>>) => Partial<Pick<VaultItems, K>>,
  ): Promise<void> {
    await this.migrated();
    await this.backend.update(keys, (current) => change(current as Partial<Pick<VaultItems, K>>));
  }
}
