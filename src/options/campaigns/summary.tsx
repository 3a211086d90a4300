import { findingMessageKey } from '../../core/i18n/translate';
import type { CampaignPack } from '../../core/campaign/types';
import type { FindingId } from '../../core/model';
import { useT } from '../../ui/i18n-context';

/** A pack's description in the user's language, else English (which every pack has). */
export const descriptionIn = (pack: CampaignPack, language: string) =>
  pack.description[language] ?? pack.description.en;

/** What joining does, in plain words: who runs it, when, which sites and checks, where notices go. */
export function PackSummary({
  pack,
  publicKey,
  rotatedFrom,
  fingerprint,
  language,
}: {
  pack: CampaignPack;
  publicKey?: string;
  /** The key the user trusted, when this pack is signed by the key it handed over to. */
  rotatedFrom?: string;
  /** The signing key's fingerprint, shown on a first join (nothing pins the key yet) to compare with the organiser's. */
  fingerprint?: string;
  language: string;
}) {
  const t = useT();
  const names = (ids: readonly string[]) =>
    ids.map((id) => t(findingMessageKey(id, 'title'))).join(', ') || t('campaign_none_listed');
  const { channel } = pack;
  return (
    <div class="campaign-summary" data-testid="campaign-summary" data-campaign={pack.id}>
      <h3>{t('campaign_summary_heading', [pack.name])}</h3>
      <p>{descriptionIn(pack, language)}</p>
      <ul>
        <li>{t('campaign_by', [pack.organiser.name, pack.organiser.website, pack.organiser.contact])}</li>
        <li>{t('campaign_dates', [pack.starts, pack.ends])}</li>
        <li data-testid="campaign-sites">
          {t('campaign_sites', [pack.marketplaces.join(', '), pack.urlPatterns.join(', ') || t('campaign_sites_any')])}
        </li>
        {pack.terms.length > 0 && <li>{t('campaign_terms', [pack.terms.join(', ')])}</li>}
        <li data-testid="campaign-checks">{t('campaign_checks', [names(pack.checks)])}</li>
        {Object.keys(pack.severity).length > 0 && (
          <li>{t('campaign_severity', [names(Object.keys(pack.severity) as FindingId[])])}</li>
        )}
        <li data-testid="campaign-channel">
          {channel.kind === 'organiser'
            ? t('campaign_channel_organiser', [channel.endpoint])
            : t('campaign_channel_platform')}
        </li>
        {pack.listings.length > 0 && <li>{t('campaign_listings', [String(pack.listings.length)])}</li>}
        {pack.traders.hashes.length > 0 && <li>{t('campaign_traders', [String(pack.traders.hashes.length)])}</li>}
        {pack.safetyGate && pack.safetyGate.alerts.length > 0 && (
          <li data-testid="campaign-safety-gate">
            {t('campaign_safety_gate', [String(pack.safetyGate.alerts.length)], pack.safetyGate.alerts.length)}
          </li>
        )}
        <li>{t('campaign_data_only')}</li>
        {publicKey && <li>{t('campaign_key', [publicKey])}</li>}
        {fingerprint && (
          <li data-testid="campaign-key-fingerprint">
            {t('campaign_key_fingerprint', [fingerprint, pack.organiser.website])}
          </li>
        )}
        {rotatedFrom && <li data-testid="campaign-key-rotated">{t('campaign_key_rotated', [rotatedFrom])}</li>}
      </ul>
    </div>
  );
}
