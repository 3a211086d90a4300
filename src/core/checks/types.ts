import type { FieldPath, PageFacts } from '../facts';
import type { FindingId, PageLink, Severity } from '../model';
import type { SafetyGateLookup } from '../safety-gate/types';
import type { KnownTraders } from '../campaign/traders';

/** The page as checks see it: the adapter's facts, with links already classified. */
export interface JudgedPage extends Omit<PageFacts, 'links'> {
  links: PageLink[];
}

/** What a check returns; the title and detail come from the message catalogue by finding id. */
export interface FindingDraft {
  severity: Severity;
  /** e.g. "DSA Art. 30(7)"; several joined with "; ". */
  legalBasis: string;
  /** The text or link the finding rests on, as shown on the page. */
  evidence: string[];
  /** Substitutions ($1, $2...) for the finding's detail message. */
  params?: string[];
  /** The number the detail's wording agrees with (its plural form), when it counts something. */
  count?: number;
}

export interface CheckContext {
  /** Whether a field path could not be read: checks never judge such a field. */
  isUnreadable(path: FieldPath): boolean;
  /** The imported Safety Gate alerts, when there are any. */
  safetyGate?: SafetyGateLookup;
  /** Traders the user reported before, or an active campaign lists (trader.previously-reported). */
  knownTraders?: KnownTraders;
}

export interface Check {
  id: FindingId;
  /** Page types the check applies to; default product pages only. */
  pageTypes?: readonly JudgedPage['pageType'][];
  /**
   * The fields the check judges. The judge does not run it when any of them is unreadable, so a
   * check cannot call a field missing that Flagpost could not read (see facts.ts).
   */
  reads: readonly FieldPath[];
  run(page: JudgedPage, context: CheckContext): FindingDraft | null;
}
