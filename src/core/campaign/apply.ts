import type { PageFacts } from '../facts';
import type { Analysis, FindingId } from '../model';
import { packMatches } from './match';
import type { CampaignPack } from './types';

/** The campaigns a page belongs to: in a campaign's scope, and naming one of its terms when it has a term list. */
export function campaignsForPage(packs: readonly CampaignPack[], facts: PageFacts): CampaignPack[] {
  const text = Object.values(facts.texts).join('\n').toLowerCase();
  return packs.filter(
    (pack) =>
      packMatches(pack, facts.url, facts.platform) &&
      (pack.terms.length === 0 || pack.terms.some((term) => text.includes(term.toLowerCase()))),
  );
}

/** Checks the page's campaigns switch on, whatever the user's own settings. */
export const forcedChecks = (packs: readonly CampaignPack[]) => new Set<FindingId>(packs.flatMap((p) => p.checks));

/**
 * Each finding a campaign names (among its checks or its severity overrides) gets the campaign's name
 * and its severity; the first matching campaign wins. The trader.previously-reported finding belongs
 * to every campaign whose list named the trader.
 */
export function applyCampaigns(analysis: Analysis, packs: readonly CampaignPack[]): Analysis {
  if (packs.length === 0) return analysis;
  const findings = analysis.findings.map((finding) => {
    const pack = packs.find(
      (p) => p.checks.includes(finding.id) || finding.id in p.severity || finding.evidence.includes(`campaign:${p.id}`),
    );
    return pack
      ? { ...finding, severity: pack.severity[finding.id] ?? finding.severity, campaign: pack.name }
      : finding;
  });
  return { ...analysis, findings };
}
