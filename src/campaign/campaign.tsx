import { useEffect, useState } from 'preact/hooks';
import type { JoinedCampaign } from '../background/campaigns/store';
import type { OutboxRecord } from '../background/outbox/types';
import { loadNoticeConfig, type NoticeConfig } from '../options/notices/config';
import { descriptionIn, PackSummary } from '../options/campaigns/summary';
import { send } from '../runtime/messages';
import { useT } from '../ui/i18n-context';
import { BulkCapture } from './bulk-view';
import { ReviewQueue } from './queue';
import { campaignNotices } from './results';
import { Results } from './results-view';
import { loadReviews, type Review } from './reviews';

/** The page of one joined campaign (?id=): what it does, its review queue, its results. */
export function CampaignPage({ id, language }: { id: string; language: string }) {
  const t = useT();
  const [campaign, setCampaign] = useState<JoinedCampaign | null | undefined>(undefined);
  const [config, setConfig] = useState<NoticeConfig | null>(null);
  const [reviews, setReviews] = useState<Review[]>([]);
  const [notices, setNotices] = useState<OutboxRecord[]>([]);

  const refreshNotices = () =>
    send({ type: 'notice-list', refresh: true }).then((records) => setNotices(campaignNotices(id, records)));
  useEffect(() => {
    void send({ type: 'campaign-list' }).then((all) => setCampaign(all.find((c) => c.pack.id === id) ?? null));
    void loadNoticeConfig().then(setConfig);
    void loadReviews(id).then(setReviews);
    void refreshNotices();
  }, [id]);

  if (campaign === undefined || !config) return null;
  if (campaign === null) return <p role="alert">{t('campaign_not_joined')}</p>;
  const { pack } = campaign;
  return (
    <>
      <h1>{pack.name}</h1>
      <p>{descriptionIn(pack, language)}</p>
      <details>
        <summary>{t('campaign_summary_heading', [pack.name])}</summary>
        <PackSummary pack={pack} publicKey={campaign.publicKey} language={language} />
      </details>
      <ReviewQueue
        pack={pack}
        config={config}
        language={language}
        reviews={reviews}
        onReviewed={(next) => {
          setReviews(next);
          void refreshNotices();
        }}
      />
      <Results campaign={pack.id} listings={pack.listings.length} reviews={reviews} notices={notices} />
      <BulkCapture campaign={pack.id} listings={pack.listings.length} />
    </>
  );
}
