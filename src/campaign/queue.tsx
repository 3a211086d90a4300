import { useState } from 'preact/hooks';
import type { CampaignPack } from '../core/campaign/types';
import type { Analysis } from '../core/model';
import type { Channel } from '../core/notice/channel';
import type { Notice } from '../core/notice/types';
import type { NoticeConfig } from '../options/notices/config';
import { send } from '../runtime/messages';
import { useT } from '../ui/i18n-context';
import { closeListing, openListing } from './listing-tab';
import { Proposal } from './proposal';
import { addReview, type Review } from './reviews';

type Current =
  | { url: string; status: 'loading' }
  | { url: string; status: 'ready'; tabId: number; analysis: Analysis }
  | { url: string; status: 'empty' | 'failed'; tabId: number };

interface Props {
  pack: CampaignPack;
  config: NoticeConfig;
  language: string;
  reviews: Review[];
  onReviewed: (reviews: Review[]) => void;
}

/** The review queue: the pack's listings, one at a time, each proposed notice confirmed or dismissed by the user. */
export function ReviewQueue({ pack, config, language, reviews, onReviewed }: Props) {
  const t = useT();
  const [current, setCurrent] = useState<Current | null>(null);
  const next = pack.listings.find((url) => !reviews.some((r) => r.url === url));

  const open = async (url: string) => {
    setCurrent({ url, status: 'loading' });
    const { tabId, analysis } = await openListing(url);
    if (!analysis) setCurrent({ url, status: 'failed', tabId });
    else if (analysis.findings.length === 0) setCurrent({ url, status: 'empty', tabId });
    else setCurrent({ url, status: 'ready', tabId, analysis });
  };
  const finish = async (decision: Review['decision'], noticeId: string | null = null) => {
    if (!current || current.status === 'loading') return;
    onReviewed(await addReview(pack.id, { url: current.url, decision, noticeId, at: new Date().toISOString() }));
    await closeListing(current.tabId);
    setCurrent(null);
  };
  const confirm = async (notice: Notice, channel: Channel) => {
    const record = await send({ type: 'notice-submit', notice, channel });
    await finish('filed', record.id);
  };

  return (
    <section aria-labelledby="queue-heading" data-testid="review-queue">
      <h2 id="queue-heading">{t('campaign_queue_heading')}</h2>
      <p data-testid="queue-progress" data-reviewed={reviews.length}>
        {t('campaign_queue_progress', [String(reviews.length), String(pack.listings.length)], pack.listings.length)}
      </p>
      {!current && next && (
        <button type="button" name="next-listing" onClick={() => void open(next)}>
          {t('campaign_queue_next')}
        </button>
      )}
      {!current && !next && <p data-testid="queue-done">{t('campaign_queue_done')}</p>}
      {current?.status === 'loading' && <p role="status">{t('campaign_queue_loading')}</p>}
      {(current?.status === 'empty' || current?.status === 'failed') && (
        <div role="status" data-testid={`queue-${current.status}`}>
          <p>{t(current.status === 'empty' ? 'campaign_queue_nothing' : 'campaign_queue_failed')}</p>
          <button
            type="button"
            name="skip"
            onClick={() => void finish(current.status === 'empty' ? 'nothing' : 'failed')}
          >
            {t('campaign_queue_skip')}
          </button>
        </div>
      )}
      {current?.status === 'ready' && (
        <Proposal
          key={current.url}
          pack={pack}
          analysis={current.analysis}
          config={config}
          language={language}
          onConfirm={(notice, channel) => void confirm(notice, channel)}
          onDismiss={() => void finish('dismissed')}
        />
      )}
    </section>
  );
}
