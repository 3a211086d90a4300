import { adapterForUrl } from './adapters/index';
import type { Adapter } from './adapters/types';
import { CHECKS } from './checks/index';
import type { Check, CheckContext, FindingDraft, JudgedPage } from './checks/types';
import type { ErrorSink } from './extract';
import type { FieldPath, PageFacts } from './facts';
import { createTranslator, findingMessageKey, type Translate } from './i18n/translate';
import { classifyLink } from './links/classify';
import { MAX_LINKS } from './links/limits';
import { linksFromText } from './links/text-handles';
import { FINDING_IDS, SEVERITY_ORDER, type Analysis, type Finding } from './model';
import { deriveCeMarking } from './safety/ce-marking';
import { linksFromImageCodes } from './checks/links/image-code';
import type { SafetyGateLookup } from './safety-gate/types';
import type { KnownTraders } from './campaign/traders';

export interface AnalyzeOptions {
  /** Titles and details in the user's language; default: message keys (tests and tools that only need ids). */
  translate?: Translate;
  /** Which checks run; default all. */
  isCheckEnabled?: (check: Check) => boolean;
  /** Called when an adapter or a check throws: the rest of the analysis goes on. */
  onError?: ErrorSink;
  /** Imported Safety Gate alerts to match the listing against. */
  safetyGate?: SafetyGateLookup;
  /** Traders the user reported before, or an active campaign lists. */
  knownTraders?: KnownTraders;
}

/** Runs one check, unless a field it reads is unreadable: then it has nothing to judge. */
export function runCheck(check: Check, page: JudgedPage, context: CheckContext): FindingDraft | null {
  return check.reads.some((path) => context.isUnreadable(path)) ? null : check.run(page, context);
}

/** Judges extracted facts (no DOM needed: runs in a service worker too). */
export function judgePage(facts: PageFacts, options: AnalyzeOptions = {}): Analysis {
  const adapter: Adapter | null = facts.platform ? adapterForUrl(new URL(facts.url)) : null;
  const pageUrl = new URL(facts.url);
  // Handles and addresses written as plain text ("WhatsApp +86…", "shop-example.com") count as links too.
  // Found here, not while extracting: it needs the public-suffix list, which the content script should not carry.
  const found = [...facts.links, ...linksFromText(facts.texts, facts.links), ...linksFromImageCodes(facts.imageCodes)];
  const capped = facts.linksCapped === true || found.length > MAX_LINKS;
  const links = found.slice(0, MAX_LINKS).map((link) => classifyLink(link, { pageUrl, adapter }));
  // Decided once, so the checks and the output agree on it.
  const safety = { ...facts.safety, ceMarking: facts.safety.ceMarking ?? deriveCeMarking(facts) };
  const page: JudgedPage = { ...facts, safety, links };
  const unreadable = new Set<FieldPath>(facts.unreadable);
  const context: CheckContext = {
    isUnreadable: (path) => unreadable.has(path),
    safetyGate: options.safetyGate,
    knownTraders: options.knownTraders,
  };
  const translate = options.translate ?? createTranslator('en');

  const findings: Finding[] = [];
  for (const check of CHECKS) {
    if (!(check.pageTypes ?? ['product']).includes(page.pageType)) continue;
    if (options.isCheckEnabled && !options.isCheckEnabled(check)) continue;
    try {
      const draft = runCheck(check, page, context);
      if (!draft) continue;
      findings.push({
        id: check.id,
        severity: draft.severity,
        title: translate(findingMessageKey(check.id, 'title')),
        detail: translate(findingMessageKey(check.id, 'detail'), draft.params, draft.count),
        legalBasis: draft.legalBasis,
        evidence: draft.evidence,
      });
    } catch (error) {
      options.onError?.(`check:${check.id}`, error);
    }
  }
  findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || FINDING_IDS.indexOf(a.id) - FINDING_IDS.indexOf(b.id),
  );

  return {
    schema: 'flagpost-analysis/1',
    url: facts.url,
    platform: facts.platform,
    pageType: facts.pageType,
    language: facts.language,
    listing: facts.listing,
    trader: facts.trader,
    safety,
    links,
    findings,
    unreadable: [...unreadable].sort(),
    ...(capped ? { linksCapped: true as const } : {}),
  };
}

