import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DEFAULT_DELAY_MS, MIN_DELAY_MS, type BulkFailure, type BulkJob } from '../core/campaign/bulk';
import type { Translate } from '../core/i18n/translate';
import { send } from '../runtime/messages';
import { useT } from '../ui/i18n-context';

/** Why a page has no snapshot, in the user's language. */
function failureReason(t: Translate, failure: BulkFailure): string {
  switch (failure.kind) {
    case 'http':
      return t('campaign_bulk_failed_http', [String(failure.status)]);
    case 'network':
      return t('campaign_bulk_failed_network', [failure.detail]);
    case 'interrupted':
      return t('campaign_bulk_failed_interrupted', [String(failure.attempts)]);
    case 'error':
      return t('campaign_bulk_failed_error', [failure.detail]);
  }
}

/** The bulk capture of this campaign's listings: start with a delay, progress, pause and resume, and what failed. */
export function BulkCapture({ campaign, listings }: { campaign: string; listings: number }) {
  const t = useT();
  const [job, setJob] = useState<BulkJob | null>(null);
  const [seconds, setSeconds] = useState(DEFAULT_DELAY_MS / 1000);

  useEffect(() => {
    void send({ type: 'bulk-status' }).then(setJob);
    // The worker saves the job after every page: follow it from storage, no polling.
    const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'local' && 'bulkCapture' in changes) setJob((changes.bulkCapture?.newValue as BulkJob) ?? null);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const mine = job?.campaign === campaign ? job : null;
  const failed = mine?.results.flatMap((r) => (r.failure ? [{ url: r.url, failure: r.failure }] : [])) ?? [];
  return (
    <section aria-labelledby="bulk-heading" data-testid="bulk" data-state={mine?.state ?? 'none'}>
      <h2 id="bulk-heading">{t('campaign_bulk_heading')}</h2>
      <p>{t('campaign_bulk_intro')}</p>
      {(!mine || mine.state === 'done') && (
        <div class="actions">
          <label>
            {t('campaign_bulk_delay')}
            <input
              type="number"
              name="bulk-delay"
              min={MIN_DELAY_MS / 1000}
              step="1"
              value={seconds}
              onInput={(e) => setSeconds(Number(e.currentTarget.value) || DEFAULT_DELAY_MS / 1000)}
            />
          </label>
          <button
            type="button"
            name="bulk-start"
            disabled={listings === 0}
            onClick={() => void send({ type: 'bulk-start', campaign, delayMs: seconds * 1000 }).then(setJob)}
          >
            {t('campaign_bulk_start')}
          </button>
        </div>
      )}
      {mine && (
        <>
          <label>
            {t('campaign_bulk_progress', [String(mine.results.length), String(mine.urls.length)], mine.urls.length)}
            <progress data-done={mine.results.length} value={mine.results.length} max={mine.urls.length} />
          </label>
          {mine.state === 'running' && (
            <button type="button" name="bulk-pause" onClick={() => void send({ type: 'bulk-pause' }).then(setJob)}>
              {t('campaign_bulk_pause')}
            </button>
          )}
          {mine.state === 'paused' && (
            <button type="button" name="bulk-resume" onClick={() => void send({ type: 'bulk-resume' }).then(setJob)}>
              {t('campaign_bulk_resume')}
            </button>
          )}
          {mine.state === 'done' && (
            <p role="status" data-testid="bulk-done">
              {t('campaign_bulk_done', [String(mine.results.length - failed.length), String(failed.length)])}
            </p>
          )}
          {failed.length > 0 && (
            <>
              <h3 id="bulk-failed-heading">{t('campaign_bulk_failed_heading')}</h3>
              <ul data-testid="bulk-failed" aria-labelledby="bulk-failed-heading">
                {failed.map((r) => (
                  <li key={r.url} class="url" data-url={r.url} data-failure={r.failure.kind}>
                    {`${r.url} — ${failureReason(t, r.failure)}`}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
