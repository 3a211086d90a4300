import type { Trader } from '../model';

/**
 * A trader identifier as remembered and hashed: its kind and a normalised value (no spaces, dots or
 * dashes, upper case), so "DE 123.456.789" on one listing and "de123456789" on another are one trader.
 */
export interface TraderIdentifier {
  kind: 'store' | 'registration' | 'vat';
  value: string;
}

const normalise = (value: string) => value.replace(/[\s.\-/]/g, '').toUpperCase();

export const identifierKey = (id: TraderIdentifier) => `${id.kind}:${id.value}`;

/** The identifiers a listing shows for its trader; store ids are per marketplace. */
export function traderIdentifiers(trader: Trader, platform: string | null): TraderIdentifier[] {
  const ids: TraderIdentifier[] = [];
  if (trader.storeId && platform) ids.push({ kind: 'store', value: `${platform}:${normalise(trader.storeId)}` });
  if (trader.registrationNumber) ids.push({ kind: 'registration', value: normalise(trader.registrationNumber) });
  if (trader.vatNumber) ids.push({ kind: 'vat', value: normalise(trader.vatNumber) });
  return ids.filter((id) => id.value.length > 0);
}

/** hex(SHA-256(salt ":" kind ":" value)): what a campaign list carries instead of the identifier. */
export async function hashIdentifier(salt: string, id: TraderIdentifier): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}:${identifierKey(id)}`));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Why a trader is known: the user reported it (with those notices' ids), or a campaign lists it. */
export type TraderSource = { kind: 'reported'; noticeIds: string[] } | { kind: 'campaign'; campaign: string };

/** Known traders as the checks see them: a synchronous lookup, prepared (hashes and all) before judging. */
export interface KnownTraders {
  sourcesOf(ids: readonly TraderIdentifier[]): TraderSource[];
}
