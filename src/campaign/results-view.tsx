import type { OutboxRecord } from '../background/outbox/types';
import { downloadFile } from '../ui/download';
import { useT } from '../ui/i18n-context';
import { campaignFigures, resultRows, toCsv, toJsonl } from './results';
import type { Review } from './reviews';

/** A bar per count, as wide as its share of the largest: a small chart that needs no library. */
function Bars({ counts, label }: { counts: Partial<Record<string, number>>; label: (key: string) => string }) {
  const t = useT();
  const entries = Object.entries(counts) as [string, number][];
  const max = Math.max(1, ...entries.map(([, n]) => n));
  if (entries.length === 0) return <p class="muted">{t('campaign_results_none')}</p>;
  return (
    <ul class="bars">
      {entries.map(([key, n]) => (
        <li key={key} data-count-of={key} data-count={n}>
          <span class="bar-label">{label(key)}</span>
          <span class="bar" style={{ width: `${(n / max) * 100}%` }} aria-hidden="true" />
          <span>{n}</span>
        </li>
      ))}
    </ul>
  );
}

export function Results({
  campaign,
  listings,
  reviews,
  notices,
}: {
  campaign: string;
  listings: number;
  reviews: Review[];
  notices: OutboxRecord[];
}) {
  const t = useT();
  const figures = campaignFigures(listings, reviews, notices);
  const rows = resultRows(campaign, notices);
  const median = figures.medianDaysToDecision;
  return (
    <section aria-labelledby="results-heading" data-testid="results">
      <h2 id="results-heading">{t('campaign_results_heading')}</h2>
      <dl>
        <dt>{t('campaign_results_reviewed')}</dt>
        <dd data-testid="results-reviewed">{`${figures.reviewed} / ${figures.listings}`}</dd>
        <dt>{t('campaign_results_dismissed')}</dt>
        <dd data-testid="results-dismissed">{figures.dismissed}</dd>
        <dt>{t('campaign_results_median')}</dt>
        <dd data-testid="results-median">{median === null ? t('campaign_results_none') : median.toFixed(1)}</dd>
      </dl>
      <h3>{t('campaign_results_notices')}</h3>
      <Bars counts={figures.byState} label={(state) => t(`notice_state_${state}`)} />
      <h3>{t('campaign_results_outcomes')}</h3>
      <Bars counts={figures.byOutcome} label={(outcome) => t(`notice_outcome_${outcome.replace(/-/g, '_')}`)} />
      <div class="actions">
        <button
          type="button"
          name="export-csv"
          onClick={() => downloadFile(`${campaign}.csv`, 'text/csv', toCsv(rows))}
        >
          {t('campaign_export_csv')}
        </button>
        <button
          type="button"
          name="export-jsonl"
          onClick={() => downloadFile(`${campaign}.jsonl`, 'application/x-ndjson', toJsonl(rows))}
        >
          {t('campaign_export_jsonl')}
        </button>
      </div>
    </section>
  );
}
