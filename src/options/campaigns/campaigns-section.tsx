import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { CampaignImport } from '../../background/campaigns/campaigns';
import type { JoinedCampaign } from '../../background/campaigns/store';
import { packAddressAllowed } from '../../core/campaign/download';
import type { CampaignPack } from '../../core/campaign/types';
import { send } from '../../runtime/messages';
import { requestEndpointAccess, requestSiteAccess } from '../../ui/host-access';
import { useT } from '../../ui/i18n-context';
import { PackSummary } from './summary';

/** An organiser's endpoint needs host access (no CORS then), asked for on the user's click to join; null: no endpoint. */
async function requestOrganiserAccess(pack: CampaignPack): Promise<{ origin: string; granted: boolean } | null> {
  if (pack.channel.kind !== 'organiser') return null;
  const granted = await requestEndpointAccess(pack.channel.endpoint);
  return { origin: new URL(pack.channel.endpoint).origin, granted };
}

/** Host access for the pack's address, asked for on the click; an address that is not allowed gets nothing. */
async function requestPackAccess(address: string): Promise<void> {
  const url = packAddressAllowed(address);
  if (url) await requestSiteAccess(url.href);
}

function Refused({ result }: { result: Extract<CampaignImport, { ok: false }> }) {
  const t = useT();
  return (
    <div role="alert" data-testid="campaign-refused" data-refusal={result.refusal}>
      <p>{t('campaign_refused')}</p>
      <p>{t(`campaign_refused_${result.refusal.replace(/-/g, '_')}`)}</p>
      {result.detail.length > 0 && <p>{t('campaign_refused_detail', [result.detail.join(', ')])}</p>}
    </div>
  );
}

/** Options section: import a pack file, read what joining does, join; see and leave joined campaigns. */
export function CampaignsSection({ language }: { language: string }) {
  const t = useT();
  const [joined, setJoined] = useState<JoinedCampaign[]>([]);
  const [file, setFile] = useState<{ text: string; result: CampaignImport } | null>(null);
  const [status, setStatus] = useState('');

  const refresh = () => send({ type: 'campaign-list' }).then(setJoined);
  useEffect(() => void refresh(), []);

  const choose = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    setStatus('');
    if (!chosen) return setFile(null);
    const text = await chosen.text();
    setFile({ text, result: await send({ type: 'campaign-preview', text }) });
  };
  // Host access is asked first, while the click's gesture lasts; without it the fetch fails and the refusal says so.
  const fetchPack = async (event: SubmitEvent & { currentTarget: HTMLFormElement }) => {
    event.preventDefault();
    setStatus('');
    const url = String(new FormData(event.currentTarget).get('campaign-url') ?? '');
    await requestPackAccess(url);
    setFile(await send({ type: 'campaign-preview-url', url }));
  };
  const join = async (pack: CampaignPack) => {
    if (!file) return;
    const access = await requestOrganiserAccess(pack);
    const result = await send({ type: 'campaign-join', text: file.text });
    setFile(result.ok ? null : { ...file, result });
    const refused = access && !access.granted ? ` ${t('endpoint_access_refused', [access.origin])}` : '';
    if (result.ok) setStatus(t('campaign_joined', [result.pack.name]) + refused);
    await refresh();
  };
  const leave = async (campaign: JoinedCampaign) => {
    await send({ type: 'campaign-leave', id: campaign.pack.id });
    setStatus(t('campaign_left', [campaign.pack.name]));
    await refresh();
  };

  return (
    <fieldset class="campaigns" data-testid="campaigns">
      <legend>{t('campaign_heading')}</legend>
      <p>{t('campaign_intro')}</p>
      <label>
        {t('campaign_file')}
        <input
          type="file"
          name="campaign-file"
          accept=".json,application/json"
          onChange={(e) => void choose(e.currentTarget)}
        />
      </label>
      <form class="campaign-address" onSubmit={(e) => void fetchPack(e)}>
        <label>
          {t('campaign_address')}
          <input type="url" name="campaign-url" placeholder="https://" required />
        </label>{' '}
        <button type="submit" name="campaign-fetch">
          {t('campaign_fetch')}
        </button>
      </form>
      {file && !file.result.ok && <Refused result={file.result} />}
      {file?.result.ok && (
        <div>
          <PackSummary
            pack={file.result.pack}
            publicKey={file.result.publicKey}
            rotatedFrom={file.result.rotatedFrom}
            fingerprint={file.result.update ? undefined : file.result.fingerprint}
            language={language}
          />
          <button type="button" name="campaign-join" onClick={() => file.result.ok && void join(file.result.pack)}>
            {t(file.result.update ? 'campaign_update' : 'campaign_join')}
          </button>
          <button type="button" onClick={() => setFile(null)}>
            {t('campaign_cancel')}
          </button>
        </div>
      )}
      <p role="status" data-testid="campaign-status">
        {status}
      </p>
      <h3>{t('campaign_joined_list')}</h3>
      {joined.length === 0 ? (
        <p>{t('campaign_none')}</p>
      ) : (
        <ul>
          {joined.map((campaign) => (
            <li key={campaign.pack.id} data-joined={campaign.pack.id} data-version={campaign.pack.version}>
              {campaign.pack.name}{' '}
              <a href={browser.runtime.getURL(`src/campaign/index.html?id=${encodeURIComponent(campaign.pack.id)}`)}>
                {t('campaign_open')}
              </a>{' '}
              <button type="button" name="campaign-leave" onClick={() => void leave(campaign)}>
                {t('campaign_leave')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
