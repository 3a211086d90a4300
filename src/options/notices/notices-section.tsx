import { useEffect, useState } from 'preact/hooks';
import type { Channel } from '../../core/notice/channel';
import { PLATFORMS, type Platform } from '../../core/model';
import { NOTIFIER_ROLES, type NotifierRole } from '../../core/notice/types';
import { send } from '../../runtime/messages';
import { downloadFile } from '../../ui/download';
import { useT } from '../../ui/i18n-context';
import { loadNoticeConfig, saveNoticeConfig, type NoticeConfig } from './config';
import { requestSiteAccess } from '../../ui/host-access';
import { EndpointForm } from './endpoint-form';

/** Host access to a platform's notice form, asked for when the user configures it. */
async function requestFormAccess(channel: Channel): Promise<void> {
  if (channel.kind === 'form') await requestSiteAccess(channel.url);
}

function emptyChannel(kind: Channel['kind']): Channel {
  if (kind === 'api') return { kind, endpoint: '', token: null };
  if (kind === 'email') return { kind, address: '' };
  if (kind === 'form') return { kind, url: '' };
  return { kind };
}

/** A platform's channel; an API endpoint is kept only once its form is saved (and checked), the others at once. */
function ChannelRow({
  platform,
  saved,
  onChange,
  onSaveApi,
}: {
  platform: Platform;
  saved: Channel | undefined;
  onChange: (c: Channel) => void;
  onSaveApi: (c: Channel) => Promise<void>;
}) {
  const t = useT();
  const [kind, setKind] = useState<Channel['kind']>(saved?.kind ?? 'export');
  const channel: Channel = saved?.kind === kind ? saved : emptyChannel(kind);
  return (
    <fieldset data-platform={platform}>
      <legend>{platform}</legend>
      <label>
        {t('notice_options_channel')}
        <select
          name={`channel-${platform}`}
          value={channel.kind}
          onChange={(e) => {
            const next = e.currentTarget.value as Channel['kind'];
            setKind(next);
            if (next !== 'api') onChange(emptyChannel(next));
          }}
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
        <EndpointForm platform={platform} saved={saved?.kind === 'api' ? saved : null} onSave={onSaveApi} />
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
    void saveNoticeConfig(next).then(
      () => setStatus(t('optionsSaved')),
      () => setStatus(t('endpoint_save_failed')),
    );
  };
  const setChannel = (platform: Platform, channel: Channel) => {
    update({ ...config, channels: { ...config.channels, [platform]: channel } });
    void requestFormAccess(channel);
  };
  const saveApi = async (platform: Platform, channel: Channel) => {
    const next = { ...config, channels: { ...config.channels, [platform]: channel } };
    await saveNoticeConfig(next);
    setConfig(next);
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
          saved={config.channels[platform]}
          onChange={(c) => setChannel(platform, c)}
          onSaveApi={(c) => saveApi(platform, c)}
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
