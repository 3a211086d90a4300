import { useEffect, useState } from 'preact/hooks';
import type { OutboxRecord } from '../../background/outbox/types';
import { complaintWindow } from '../../core/notice/deadline';
import { send } from '../../runtime/messages';
import { useT } from '../../ui/i18n-context';
import { listDrafts, type NoticeDraft } from './drafts';
import { NoticeFiles } from './files';
import './report.css';

/** How often the open history asks the worker again; answers arrive in the background. */
const REFRESH_MS = 1_000;

const day = (iso: string) => new Date(iso).toLocaleDateString(document.documentElement.lang || undefined);

/**
 * Why a notice is not delivered, in plain words with what to do: no host access (the browser blocked
 * the request), an unreachable server, an endpoint that is not https; otherwise the server's own reason.
 */
function errorText(record: OutboxRecord, t: ReturnType<typeof useT>): string {
  const error = record.lastError;
  if (!error) return '';
  const endpoint =
    record.channel.kind === 'api' && URL.canParse(record.channel.endpoint) ? record.channel.endpoint : '';
  const origin = endpoint ? new URL(endpoint).origin : '';
  if (error.code === 'no-access') return t('notice_error_no_access', [origin]);
  if (error.code === 'network' && record.state === 'queued') return t('notice_error_network', [origin]);
  if (error.code === 'endpoint-not-allowed') return t('notice_error_endpoint_not_allowed', [origin]);
  return t(record.state === 'rejected' ? 'notice_rejected_reason' : 'notice_retry_reason', [error.message]);
}

function Entry({ record }: { record: OutboxRecord }) {
  const t = useT();
  const location = record.notice.locations[0];
  return (
    <li class="card" data-notice-id={record.id}>
      <p>
        <strong>{location?.title ?? location?.url}</strong>
      </p>
      <p>
        {t('notice_state')}: <span data-notice-state={record.state}>{t(`notice_state_${record.state}`)}</span>
        {record.state === 'queued' && record.attempts > 0 && ` · ${t('notice_attempts', [String(record.attempts)])}`}
      </p>
      <p class="muted">{t('notice_created', [day(record.notice.createdAt), record.channel.kind])}</p>
      {record.channel.kind === 'form' && <p data-testid="filed-by-form">{t('notice_filed_by_form')}</p>}
      {record.receipt && (
        <p>
          {t('notice_receipt')}: <code data-testid="receipt-id">{record.receipt.id}</code>
        </p>
      )}
      {record.review === 'in-review' && <p>{t('notice_in_review')}</p>}
      {record.lastError && record.state !== 'received' && record.state !== 'decided' && (
        <p
          role={record.state === 'rejected' || record.lastError.code === 'no-access' ? 'alert' : undefined}
          data-testid="notice-error"
          data-error-code={record.lastError.code}
        >
          {errorText(record, t)}
          {record.lastError.fields.length > 0 && ` (${record.lastError.fields.join(', ')})`}
        </p>
      )}
      {record.state === 'exported' && <NoticeFiles notice={record.notice} channel={record.channel} />}
      {record.decision && (
        <div data-testid="notice-decision">
          <p>
            {t('notice_decision')}:{' '}
            <strong data-outcome={record.decision.outcome}>
              {t(`notice_outcome_${record.decision.outcome.replace(/-/g, '_')}`)}
            </strong>{' '}
            ({day(record.decision.decidedAt)})
          </p>
          <p>
            {t('notice_statement_of_reasons')}: {record.decision.statementOfReasons}
          </p>
          {record.complaintDeadline && (
            <p data-testid="complaint-deadline" data-deadline={record.complaintDeadline}>
              {t('notice_complaint_until', [day(record.complaintDeadline)])}
              {complaintWindow(record.complaintDeadline, Date.now()) === 'due-soon' && (
                <>
                  {' '}
                  <strong class="due-soon" data-testid="complaint-due-soon">
                    {t('notice_complaint_due_soon')}
                  </strong>
                </>
              )}
            </p>
          )}
        </div>
      )}
    </li>
  );
}

/** A report form left unsent: listed until it is sent (reopening the listing's report restores it). */
function DraftEntry({ draft }: { draft: NoticeDraft }) {
  const t = useT();
  return (
    <li class="card" data-draft-url={draft.url}>
      <p>
        <strong>{draft.title ?? draft.url}</strong>
      </p>
      <p>
        {t('notice_state')}: <span data-notice-state="draft">{t('notice_state_draft')}</span>
      </p>
      <p class="muted">{t('notice_draft_saved', [day(draft.savedAt)])}</p>
    </li>
  );
}

/** Every notice sent from this browser and what became of it. */
export function HistoryView({ onBack }: { onBack: () => void }) {
  const t = useT();
  const [records, setRecords] = useState<OutboxRecord[] | null>(null);
  const [drafts, setDrafts] = useState<NoticeDraft[]>([]);
  useEffect(() => void listDrafts().then(setDrafts), []);
  useEffect(() => {
    const list = (refresh: boolean) => void send({ type: 'notice-list', refresh }).then(setRecords);
    list(true);
    const interval = setInterval(() => list(false), REFRESH_MS);
    return () => clearInterval(interval);
  }, []);

  return (
    <section aria-labelledby="history-heading">
      <button type="button" class="link" onClick={onBack}>
        {t('notice_back')}
      </button>
      <h2 id="history-heading">{t('notice_history')}</h2>
      {records === null && <p aria-live="polite">{t('popupLoading')}</p>}
      {records?.length === 0 && drafts.length === 0 && <p>{t('notice_history_empty')}</p>}
      <ul class="history" data-testid="notice-history">
        {drafts.map((d) => (
          <DraftEntry key={d.url} draft={d} />
        ))}
        {records?.map((r) => (
          <Entry key={r.id} record={r} />
        ))}
      </ul>
    </section>
  );
}
