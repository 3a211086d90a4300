import { useMemo, useState } from 'preact/hooks';
import type { CampaignPack } from '../core/campaign/types';
import type { Analysis } from '../core/model';
import { buildNotice, defaultInput } from '../core/notice/build';
import { channelFor, type Channel } from '../core/notice/channel';
import type { Notice } from '../core/notice/types';
import { validateNotice } from '../core/notice/validate';
import type { NoticeConfig } from '../options/notices/config';
import { useT } from '../ui/i18n-context';

/** The campaign's channel: the organiser's collection endpoint, or the user's own channel for the marketplace. */
export const campaignChannel = (pack: CampaignPack, config: NoticeConfig, analysis: Analysis): Channel =>
  pack.channel.kind === 'organiser'
    ? { kind: 'api', endpoint: pack.channel.endpoint, token: null }
    : channelFor(config.channels, analysis.platform);

interface Props {
  pack: CampaignPack;
  analysis: Analysis;
  config: NoticeConfig;
  language: string;
  onConfirm: (notice: Notice, channel: Channel) => void;
  onDismiss: () => void;
}

/**
 * One proposed notice of the review queue: the findings, the drafted explanation (the campaign's
 * template first) for the user to edit, and where it will go. Filing needs the user's own good-faith
 * statement and click: the queue never files on its own (DSA Art. 23).
 */
export function Proposal({ pack, analysis, config, language, onConfirm, onDismiss }: Props) {
  const t = useT();
  const initial = useMemo(() => {
    const input = defaultInput(analysis, { language, translate: t, notifier: config.notifier });
    const template = pack.templates[language] ?? pack.templates.en;
    return {
      ...input,
      campaign: pack.id,
      explanation: template ? `${template}\n\n${input.explanation}` : input.explanation,
    };
  }, [analysis, pack, language]);
  const [explanation, setExplanation] = useState(initial.explanation);
  const [goodFaith, setGoodFaith] = useState(false);
  const made = useMemo(() => ({ id: crypto.randomUUID(), now: new Date() }), [analysis]);
  const notice = buildNotice(analysis, { ...initial, explanation, goodFaith }, made);
  const problems = validateNotice(notice);
  const channel = campaignChannel(pack, config, analysis);

  return (
    <section class="card" aria-labelledby="proposal-heading" data-testid="proposal" data-url={analysis.url}>
      <h3 id="proposal-heading">{t('campaign_queue_proposed')}</h3>
      <p class="url">{analysis.listing.title ?? analysis.url}</p>
      <ul>
        {analysis.findings.map((finding) => (
          <li key={finding.id} data-finding={finding.id}>
            <span class={`sev ${finding.severity}`}>{t(`severity_${finding.severity}`)}</span> {finding.title}
            {finding.campaign && <span class="muted"> — {t('campaign_finding_of', [finding.campaign])}</span>}
            {finding.evidence.length > 0 && <div class="muted">{finding.evidence.join('; ')}</div>}
          </li>
        ))}
      </ul>
      <label>
        {t('notice_field_explanation_edit')}
        <textarea
          name="explanation"
          rows={8}
          value={explanation}
          onInput={(e) => setExplanation(e.currentTarget.value)}
        />
      </label>
      <p data-testid="proposal-channel">
        {channel.kind === 'api' ? channel.endpoint : t(`notice_channel_${channel.kind}`)}
      </p>
      <label>
        <input
          type="checkbox"
          name="goodFaith"
          checked={goodFaith}
          onChange={(e) => setGoodFaith(e.currentTarget.checked)}
        />
        {t('campaign_queue_good_faith')}
      </label>
      <div class="actions">
        <button type="button" name="confirm" disabled={problems.length > 0} onClick={() => onConfirm(notice, channel)}>
          {t('campaign_queue_confirm')}
        </button>
        <button type="button" name="dismiss" onClick={onDismiss}>
          {t('campaign_queue_dismiss')}
        </button>
      </div>
    </section>
  );
}
