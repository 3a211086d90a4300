import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { send } from '../../runtime/messages';
import { useT } from '../../ui/i18n-context';
import { formatBytes } from '../../library/format';

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; id: string; size: number; redacted: number; screenshot: boolean }
  | { kind: 'failed' };

/** "Save snapshot": keeps evidence of the listing as it is now, and links to the library. */
export function SaveSnapshot({ tabId }: { tabId: number }) {
  const t = useT();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const save = () => {
    setStatus({ kind: 'saving' });
    send({ type: 'snapshot-save', tabId })
      .then((summary) =>
        setStatus({
          kind: 'saved',
          id: summary.id,
          size: summary.size,
          redacted: summary.metadata.redactions.filter((r) => r.kind !== 'script' && r.kind !== 'attribute').length,
          screenshot: summary.metadata.screenshot.kind === 'visible-tab',
        }),
      )
      .catch(() => setStatus({ kind: 'failed' }));
  };
  return (
    <section class="card snapshot" aria-labelledby="snapshot-heading">
      <h2 id="snapshot-heading">{t('capture_heading')}</h2>
      <div class="row">
        <button type="button" data-testid="save-snapshot" disabled={status.kind === 'saving'} onClick={save}>
          {t('capture_save')}
        </button>
        <a
          href={browser.runtime.getURL('src/library/index.html')}
          target="_blank"
          rel="noopener"
          data-testid="open-library"
        >
          {t('capture_open_library')}
        </a>
      </div>
      <p
        aria-live="polite"
        data-testid="snapshot-status"
        data-state={status.kind}
        data-snapshot={status.kind === 'saved' ? status.id : undefined}
      >
        {status.kind === 'saving' && t('capture_saving')}
        {status.kind === 'saved' &&
          t('capture_saved', [formatBytes(status.size), String(status.redacted)], status.redacted)}
        {status.kind === 'saved' && !status.screenshot && ` ${t('capture_no_screenshot')}`}
        {status.kind === 'failed' && t('capture_failed')}
      </p>
    </section>
  );
}
