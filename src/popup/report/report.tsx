import { useEffect, useMemo, useState } from 'preact/hooks';
import type { OutboxRecord } from '../../background/outbox/types';
import { findingMessageKey } from '../../core/i18n/translate';
import type { Analysis } from '../../core/model';
import { buildNotice, defaultInput } from '../../core/notice/build';
import { channelFor, type Channel } from '../../core/notice/channel';
import { draftExplanation } from '../../core/notice/draft';
import { canonicalListingUrl } from '../../core/notice/location';
import { noticeFields } from '../../core/notice/fields';
import { CATEGORIES, KEYWORDS } from '../../core/notice/taxonomy';
import type { NoticeInput } from '../../core/notice/types';
import { validateNotice } from '../../core/notice/validate';
import { loadNoticeConfig, type NoticeConfig } from '../../options/notices/config';
import { LanguageSelect } from '../../ui/language-select';
import { send } from '../../runtime/messages';
import { useT } from '../../ui/i18n-context';
import './report.css';
import { deleteDraft, loadDraft, saveDraft, type NoticeDraft } from './drafts';
import { AttachSnapshot } from './evidence';
import { NoticeFiles, useNoticeTranslator } from './files';

interface Props {
  analysis: Analysis;
  /** The listing's tab, when the popup is for one: a snapshot of it can be attached. */
  tabId?: number;
  language: string;
  onBack: () => void;
  onHistory: () => void;
}

function Sent({ record, onHistory }: { record: OutboxRecord; onHistory: () => void }) {
  const t = useT();
  return (
    <div class="card" role="status" data-testid="notice-sent" data-notice-id={record.id}>
      <p>{t(`notice_sent_${record.channel.kind}`)}</p>
      <p>
        {t('notice_state')}: <span data-notice-state={record.state}>{t(`notice_state_${record.state}`)}</span>
      </p>
      {record.channel.kind !== 'api' && <NoticeFiles notice={record.notice} channel={record.channel} />}
      <button type="button" onClick={onHistory}>
        {t('notice_history')}
      </button>
    </div>
  );
}

const SEND_LABEL: Record<Channel['kind'], string> = {
  api: 'notice_send',
  form: 'notice_open_form',
  email: 'notice_save_email',
  export: 'notice_save_export',
};

const channelTarget = (channel: Channel) =>
  channel.kind === 'api'
    ? channel.endpoint
    : channel.kind === 'email'
      ? channel.address
      : channel.kind === 'form'
        ? channel.url
        : '';

interface FormProps {
  analysis: Analysis;
  config: NoticeConfig;
  uiLanguage: string;
  initial: { id: string; now: Date };
  tabId: number | undefined;
  draft: NoticeDraft | null;
  onSent: (record: OutboxRecord) => void;
}

function Form({ analysis, config, uiLanguage, initial, tabId, draft, onSent }: FormProps) {
  const t = useT();
  const [language, setLanguage] = useState(draft?.input.language ?? uiLanguage);
  const [input, setInput] = useState<NoticeInput | null>(draft?.input ?? null);
  const [drafted, setDrafted] = useState('');
  const [sendError, setSendError] = useState<string | null>(null);
  // Kept as a draft only once the user changed something; the drafted start is rebuilt anyway.
  const [touched, setTouched] = useState(false);
  const [attaching, setAttaching] = useState(false);
  const listingUrl = canonicalListingUrl(analysis.url);
  const translate = useNoticeTranslator(language);
  const channel: Channel = channelFor(config.channels, analysis.platform);

  // The first draft, in the UI language; a new language redrafts unless the user wrote their own.
  useEffect(() => {
    if (!translate) return;
    if (!input) {
      const start = defaultInput(analysis, { language, translate, notifier: config.notifier });
      setInput(start);
      setDrafted(start.explanation);
      return;
    }
    const findings = analysis.findings.filter((f) => input.findingIds.includes(f.id));
    const redraft = draftExplanation(analysis, findings, translate);
    setInput({ ...input, language, explanation: input.explanation === drafted ? redraft : input.explanation });
    setDrafted(redraft);
  }, [translate]);

  useEffect(() => {
    if (touched && input)
      void saveDraft({
        url: listingUrl,
        title: analysis.listing.title,
        id: initial.id,
        input,
        savedAt: new Date().toISOString(),
      });
  }, [input, touched]);

  const notice = useMemo(() => (input ? buildNotice(analysis, input, initial) : null), [input]);
  if (!input || !notice) return <p aria-live="polite">{t('popupLoading')}</p>;
  const problems = validateNotice(notice);
  const update = (patch: Partial<NoticeInput>) => {
    setTouched(true);
    setInput({ ...input, ...patch });
  };
  // Functional: the snapshot arrives after the user may have edited other fields.
  const setEvidence = (evidence: NoticeInput['evidence']) =>
    setInput((current) => current && { ...current, evidence });
  const toggleKeyword = (keyword: string, on: boolean) =>
    update({ keywords: on ? [...input.keywords, keyword] : input.keywords.filter((k) => k !== keyword) });
  const missingNotifier = !notice.notifier.name || !notice.notifier.email;

  const submit = async (event: Event) => {
    event.preventDefault();
    setSendError(null);
    try {
      const record = await send({ type: 'notice-submit', notice, channel });
      await deleteDraft(listingUrl);
      onSent(record);
      // The worker opens and fills the form: the popup closes as the new tab takes focus.
      if (channel.kind === 'form') await send({ type: 'notice-form-open', notice, url: channel.url });
    } catch (error) {
      setSendError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <form class="report" onSubmit={(e) => void submit(e)}>
      <p class="muted">{t(`notice_channel_${channel.kind}`, [channelTarget(channel)])}</p>
      <label>
        {t('notice_field_language')}
        <LanguageSelect name="language" value={input.language} onChange={setLanguage} />
      </label>
      <fieldset>
        <legend>{t('notice_field_findings')}</legend>
        {analysis.findings.map((f) => (
          <label key={f.id}>
            <input
              type="checkbox"
              name="finding"
              value={f.id}
              checked={input.findingIds.includes(f.id)}
              onChange={(e) =>
                update({
                  findingIds: e.currentTarget.checked
                    ? [...input.findingIds, f.id]
                    : input.findingIds.filter((id) => id !== f.id),
                })
              }
            />
            {t(findingMessageKey(f.id, 'title'))}
          </label>
        ))}
      </fieldset>
      <label>
        {t('notice_field_explanation_edit')}
        <textarea
          name="explanation"
          rows={8}
          value={input.explanation}
          onInput={(e) => update({ explanation: e.currentTarget.value })}
        />
      </label>
      <label>
        {t('notice_field_category')}
        <select name="category" value={input.category} onChange={(e) => update({ category: e.currentTarget.value })}>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('notice_field_keywords')}</legend>
        {KEYWORDS.map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              name="keyword"
              value={k}
              checked={input.keywords.includes(k)}
              onChange={(e) => toggleKeyword(k, e.currentTarget.checked)}
            />
            {k}
          </label>
        ))}
      </fieldset>
      <label>
        {t('notice_field_member_state')}
        <input
          name="memberState"
          value={input.memberState ?? ''}
          maxLength={2}
          onInput={(e) => update({ memberState: e.currentTarget.value.toUpperCase() || null })}
        />
      </label>
      <p>
        {t('notice_field_notifier')}: {notice.notifier.name ?? '—'} &lt;{notice.notifier.email ?? '—'}&gt;
      </p>
      {missingNotifier && (
        <>
          <p class="card unreadable" role="note" data-testid="notifier-warning">
            {t('notice_notifier_missing')}
          </p>
          <label>
            {t('notice_field_anonymous_reason')}
            <input
              name="anonymousReason"
              value={input.notifier.anonymousReason ?? ''}
              onInput={(e) => update({ notifier: { ...input.notifier, anonymousReason: e.currentTarget.value } })}
            />
          </label>
        </>
      )}
      <label>
        <input
          type="checkbox"
          name="goodFaith"
          checked={input.goodFaith}
          onChange={(e) => update({ goodFaith: e.currentTarget.checked })}
        />
        {t('notice_field_good_faith')}
      </label>
      <AttachSnapshot
        tabId={tabId}
        evidence={input.evidence}
        initiallyOn={!draft || draft.input.evidence.length > 0}
        onChange={setEvidence}
        onSaving={setAttaching}
      />
      <details open>
        <summary>{t('notice_preview')}</summary>
        <dl class="preview" data-testid="notice-preview">
          {noticeFields(notice).map(([path, value]) => (
            <div key={path} data-field={path}>
              <dt>{path}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </details>
      {problems.length > 0 && (
        <ul class="problems" data-testid="notice-problems" aria-live="polite">
          {problems.map((p) => (
            <li key={`${p.code}:${p.field}`} data-problem={p.code}>
              {t(`notice_problem_${p.code.replace(/-/g, '_')}`)}
            </li>
          ))}
        </ul>
      )}
      {sendError && <p role="alert">{t('notice_send_failed', [sendError])}</p>}
      <button class="primary" type="submit" name="send" disabled={problems.length > 0 || attaching}>
        {t(SEND_LABEL[channel.kind])}
      </button>
    </form>
  );
}

/** "Report this listing": the Art. 16 notice, drafted from the findings, checked and shown field by field before sending. */
export function ReportView({ analysis, tabId, language, onBack, onHistory }: Props) {
  const t = useT();
  const [loaded, setLoaded] = useState<{
    config: NoticeConfig;
    draft: NoticeDraft | null;
    initial: { id: string; now: Date };
  } | null>(null);
  const [record, setRecord] = useState<OutboxRecord | null>(null);
  useEffect(
    () =>
      void Promise.all([loadNoticeConfig(), loadDraft(canonicalListingUrl(analysis.url))]).then(([config, draft]) =>
        setLoaded({ config, draft, initial: { id: draft?.id ?? crypto.randomUUID(), now: new Date() } }),
      ),
    [],
  );

  return (
    <section aria-labelledby="report-heading">
      <button type="button" class="link" onClick={onBack}>
        {t('notice_back')}
      </button>
      <h2 id="report-heading">{t('notice_report_heading')}</h2>
      {record ? (
        <Sent record={record} onHistory={onHistory} />
      ) : loaded ? (
        <Form
          analysis={analysis}
          config={loaded.config}
          uiLanguage={language}
          initial={loaded.initial}
          tabId={tabId}
          draft={loaded.draft}
          onSent={setRecord}
        />
      ) : (
        <p aria-live="polite">{t('popupLoading')}</p>
      )}
    </section>
  );
}
