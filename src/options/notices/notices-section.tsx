import { useEffect, useState } from 'preact/hooks';
import type { Channel } from '../../core/notice/channel';
import { PLATFORMS, type Platform } from '../../core/model';
import { NOTIFIER_ROLES, type NotifierRole } from '../../core/notice/types';
import { send } from '../../runtime/messages';
import { downloadFile } from '../../ui/download';
import { useT } from '../../ui/i18n-context';
import { loadNoticeConfig, saveNoticeConfig, type NoticeConfig } from './config';
import { requestSiteAccess } from '../../ui/host-access';

/** Host access to a platform's endpoint, asked for when the user configures it. */
async function requestEndpointAccess(channel: Channel): Promise<void> {
  if (channel.kind !== 'api' && channel.kind !== 'form') return;
  await requestSiteAccess(channel.kind === 'api' ? channel.endpoint : channel.url);
}

function emptyChannel(kind: Channel['kind']): Channel {
  if (kind === 'api') return { kind, endpoint: '', token: null };
  if (kind === 'email') return { kind, address: '' };
  if (kind === 'form') return { kind, url: '' };
  return { kind };
}

function ChannelRow({
  platform,
  channel,
  onChange,
}: {
  platform: Platform;
  channel: Channel;
  onChange: (c: Channel) => void;
}) {
  const t = useT();
  return (
    <fieldset data-platform={platform}>
      <legend>{platform}</legend>
      <label>
        {t('notice_options_channel')}
        <select
          name={`channel-${platform}`}
          value={channel.kind}
          onChange={(e) => onChange(emptyChannel(e.currentTarget.value as Channel['kind']))}
        >
          <option value="export">{t('notice_options_channel_export')}</option>
          <option value="api">{t('notice_options_channel_api')}</option>
          <option value="email">{t('notice_options_channel_email')}</option>
          <option value="form">{t('notice_options_channel_form')}</option>
        </select>
      </label>
      {channel.kind === 'email' && (
        <label>
          {t('notice_options_email_address')}
          <input
            type="email"
            name={`address-${platform}`}
            value={channel.address}
            onChange={(e) => onChange({ ...channel, address: e.currentTarget.value.trim() })}
          />
        </label>
      )}
      {channel.kind === 'form' && (
        <label>
          {t('notice_options_form_url')}
          <input
            type="url"
            name={`form-${platform}`}
            value={channel.url}
            onChange={(e) => onChange({ ...channel, url: e.currentTarget.value.trim() })}
          />
        </label>
      )}
      {channel.kind === 'api' && (
        <>
          <label>
            {t('notice_options_endpoint')}
            <input
              type="url"
              name={`endpoint-${platform}`}
              value={channel.endpoint}
              onChange={(e) => onChange({ ...channel, endpoint: e.currentTarget.value.trim() })}
            />
          </label>
          <label>
            {t('notice_options_token')}
            <input
              type="password"
              name={`token-${platform}`}
              value={channel.token ?? ''}
              onChange={(e) => onChange({ ...channel, token: e.currentTarget.value || null })}
            />
          </label>
        </>
      )}
    </fieldset>
  );
}

/** Notifier identity, channel registry, and export or deletion of every notice. */
export function NoticesSection() {
  const t = useT();
  const [config, setConfig] = useState<NoticeConfig | null>(null);
  const [status, setStatus] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  useEffect(() => void loadNoticeConfig().then(setConfig), []);
  if (!config) return null;

  const update = (next: NoticeConfig) => {
    setConfig(next);
    void saveNoticeConfig(next).then(() => setStatus(t('optionsSaved')));
  };
  const setChannel = (platform: Platform, channel: Channel) => {
    update({ ...config, channels: { ...config.channels, [platform]: channel } });
    void requestEndpointAccess(channel);
  };
  const exportAll = async () => {
    const records = await send({ type: 'notice-list', refresh: false });
    downloadFile('flagpost-notices.json', 'application/json', JSON.stringify(records, null, 2));
  };
  const deleteAll = async () => {
    await send({ type: 'notice-delete-all' });
    setConfirmDelete(false);
    setStatus(t('notice_options_deleted'));
  };

  return (
    <section aria-labelledby="notices-heading">
      <h2 id="notices-heading">{t('notice_options_heading')}</h2>
      <fieldset>
        <legend>{t('notice_options_notifier')}</legend>
        <label>
          {t('notice_options_name')}
          <input
            name="notifier-name"
            value={config.notifier.name}
            onChange={(e) => update({ ...config, notifier: { ...config.notifier, name: e.currentTarget.value } })}
          />
        </label>
        <label>
          {t('notice_options_email')}
          <input
            type="email"
            name="notifier-email"
            value={config.notifier.email}
            onChange={(e) => update({ ...config, notifier: { ...config.notifier, email: e.currentTarget.value } })}
          />
        </label>
        <label>
          {t('notice_options_role')}
          <select
            name="notifier-role"
            value={config.notifier.role}
            onChange={(e) =>
              update({ ...config, notifier: { ...config.notifier, role: e.currentTarget.value as NotifierRole } })
            }
          >
            {NOTIFIER_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`notice_role_${role.replace(/-/g, '_')}`)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <h3>{t('notice_options_channels')}</h3>
      {PLATFORMS.map((platform) => (
        <ChannelRow
          key={platform}
          platform={platform}
          channel={config.channels[platform] ?? { kind: 'export' }}
          onChange={(c) => setChannel(platform, c)}
        />
      ))}
      <div class="actions">
        <button type="button" onClick={() => void exportAll()}>
          {t('notice_options_export_all')}
        </button>
        {confirmDelete ? (
          <button type="button" class="danger" onClick={() => void deleteAll()}>
            {t('notice_options_delete_confirm')}
          </button>
        ) : (
          <button type="button" onClick={() => setConfirmDelete(true)}>
            {t('notice_options_delete_all')}
          </button>
        )}
      </div>
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}
