import type { FindingId, Platform, Severity } from '../model';
import type { SafetyGateAlert } from '../safety-gate/types';

/** A campaign pack as an organiser writes it (schemas/campaign.schema.json). Data only: never code. */
export const PACK_SCHEMA = 'flagpost-campaign/1';

export interface Organiser {
  name: string;
  website: string;
  contact: string;
}

/** Where the campaign's notices go: the platform's own channel (the user's settings), or the organiser's endpoint. */
export type PackChannel = { kind: 'platform' } | { kind: 'organiser'; endpoint: string };

/** Salted SHA-256 of normalised trader identifiers (store id, registration or VAT number): never names. */
export interface TraderList {
  salt: string;
  hashes: string[];
}

export interface CampaignPack {
  schema: typeof PACK_SCHEMA;
  id: string;
  /** Increases with every update the organiser signs. */
  version: number;
  name: string;
  organiser: Organiser;
  /** Per language code; `en` is required. */
  description: Record<string, string>;
  /** ISO dates (YYYY-MM-DD), both inclusive. */
  starts: string;
  ends: string;
  marketplaces: Platform[];
  /** `*` matches any run of characters; e.g. "https://de.aliexpress.com/item/*". */
  urlPatterns: string[];
  /** Extra words that mark a listing as in the campaign's scope, e.g. a lexicon for magnet toys. */
  terms: string[];
  /** Checks switched on for matching pages, even if the user turned them off. */
  checks: FindingId[];
  severity: Partial<Record<FindingId, Severity>>;
  /** Notice explanation opening per language. */
  templates: Record<string, string>;
  channel: PackChannel;
  listings: string[];
  traders: TraderList;
  /** Safety Gate alerts the campaign brings into the local index while the user takes part (optional). */
  safetyGate?: { alerts: SafetyGateAlert[] };
}

/**
 * One step of an organiser's key rotation: the earlier key's Ed25519 signature over the statement
 * that the campaign's next key takes over (`rotationStatement` in signature.ts).
 */
export interface KeyEndorsement {
  publicKey: string;
  value: string;
}

/** The file an organiser publishes: the pack and the Ed25519 signature over its canonical JSON. */
export interface SignedPack {
  pack: unknown;
  signature: {
    alg: 'Ed25519';
    publicKey: string;
    value: string;
    /** Oldest first: each earlier key endorses the next one, the last endorses `publicKey`. */
    keyHistory?: KeyEndorsement[];
  };
}

/** Why a pack was refused; each has a plain-words message in the catalogue (campaign_refused_<code>). */
export type Refusal =
  | 'unreadable'
  | 'signature'
  | 'schema'
  | 'expired'
  | 'key-changed'
  | 'older'
  // Importing from an address: not https (or loopback http), not fetched, or too large to be a pack.
  | 'address'
  | 'download'
  | 'too-large';

export type PackCheck =
  | {
      ok: true;
      pack: CampaignPack;
      publicKey: string;
      /** The pinned key this pack's key took over from, through its signed key history. */
      rotatedFrom?: string;
    }
  | { ok: false; refusal: Refusal; detail: string[] };
