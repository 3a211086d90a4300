import type { FindingId, Platform } from '../model';

/** The notice of docs/notice-api.md. Field names are a contract: add, never rename. */
export const NOTICE_SCHEMA = 'flagpost-notice/1';

export const NOTIFIER_ROLES = ['consumer', 'consumer-organisation', 'researcher', 'trusted-flagger'] as const;
export type NotifierRole = (typeof NOTIFIER_ROLES)[number];

export interface Notifier {
  name: string | null;
  email: string | null;
  role: NotifierRole;
  /** Required when name or email is null (DSA Art. 16(2)(c) allows it for some offences only). */
  anonymousReason?: string;
}

export interface NoticeLocation {
  url: string;
  platform: Platform | null;
  listingId: string | null;
  title: string | null;
  trader: { name: string | null; storeUrl: string | null };
}

export interface LegalGround {
  law: string;
  /** ISO 3166-1 alpha-2 of the member state whose law the notifier believes is broken; null for EU-wide law only. */
  memberState: string | null;
}

export interface NoticeFinding {
  id: FindingId;
  evidence: string[];
}

export interface EvidenceSnapshot {
  kind: string;
  sha256: string;
  capturedAt: string;
  bytes: number;
}

export interface Notice {
  schema: typeof NOTICE_SCHEMA;
  id: string;
  createdAt: string;
  language: string;
  explanation: string;
  locations: NoticeLocation[];
  notifier: Notifier;
  goodFaith: boolean;
  category: string;
  keywords: string[];
  legalGrounds: LegalGround[];
  findings: NoticeFinding[];
  evidence: EvidenceSnapshot[];
  campaign: string | null;
}

/** What the user chooses or edits in the report form; everything else comes from the analysis. */
export interface NoticeInput {
  language: string;
  explanation: string;
  category: string;
  keywords: string[];
  memberState: string | null;
  notifier: Notifier;
  goodFaith: boolean;
  /** Finding ids the user keeps in the notice (all, by default). */
  findingIds: FindingId[];
  evidence: EvidenceSnapshot[];
  campaign: string | null;
}
