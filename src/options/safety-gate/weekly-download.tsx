import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { SafetyGateDownloadStatus } from '../../background/safety-gate/download';
import { SAFETY_GATE_HOST_ACCESS } from '../../core/safety-gate/weekly-list';
import { send } from '../../runtime/messages';
import { useT } from '../../ui/i18n-context';

/** What the last check did, in plain words. */
function Outcome({ status }: { status: SafetyGateDownloadStatus }) {
  const t = useT();
  if (!status.lastCheck) return <p data-testid="safety-gate-download-status">{t('gate_download_never')}</p>;
  const { lastError } = status;
  return (
    <div
      data-testid="safety-gate-download-status"
      data-checked={status.lastCheck}
      data-report={status.lastReport ?? undefined}
      data-problem={lastError?.problem}
    >
      <p>{t('gate_download_checked', [new Date(status.lastCheck).toLocaleString()])}</p>
      {status.lastReport && <p>{t('gate_download_report', [status.lastReport])}</p>}
      {lastError ? (
        <div role="alert">
          <p>{t(`gate_download_problem_${lastError.problem.replace(/-/g, '_')}`)}</p>
          {lastError.detail && <p>{t('gate_download_detail', [lastError.detail])}</p>}
          <p>{t('gate_download_kept')}</p>
        </div>
      ) : (
        <p>{t('gate_download_alerts', [String(status.lastAlerts ?? 0)], status.lastAlerts ?? 0)}</p>
      )}
    </div>
  );
}

/**
 * The weekly download from the Commission: switching it on asks for host access to ec.europa.eu in the
 * user's click (the prompt needs the gesture); switching it off stops the alarm and gives the access back.
 */
export function WeeklyDownload({ onIndexChanged }: { onIndexChanged: (total: number) => void }) {
  const t = useT();
  const [status, setStatus] = useState<SafetyGateDownloadStatus | null>(null);
  const [refused, setRefused] = useState(false);
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    void send({ type: 'safety-gate-download-status' }).then(setStatus);
  }, []);

  async function toggle(enabled: boolean) {
    setRefused(false);
    if (enabled && !(await browser.permissions.request(SAFETY_GATE_HOST_ACCESS).catch(() => false))) {
      setRefused(true);
      return;
    }
    setStatus(await send({ type: 'safety-gate-download-set', enabled }));
    if (!enabled) await browser.permissions.remove(SAFETY_GATE_HOST_ACCESS).catch(() => false);
  }

  async function checkNow() {
    setChecking(true);
    try {
      const checked = await send({ type: 'safety-gate-download-check' });
      setStatus(checked);
      onIndexChanged(checked.total);
    } finally {
      setChecking(false);
    }
  }

  return (
    <div class="safety-gate-download">
      <label>
        <input
          type="checkbox"
          name="safety-gate-weekly"
          checked={status?.enabled ?? false}
          disabled={status === null}
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />{' '}
        {t('gate_download_toggle')}
      </label>
      <p>{t('gate_download_explain')}</p>
      {refused && (
        <p role="alert" data-testid="safety-gate-refused">
          {t('gate_download_refused')}
        </p>
      )}
      <button
        type="button"
        name="safety-gate-check"
        disabled={!status?.enabled || checking}
        onClick={() => void checkNow()}
      >
        {t(checking ? 'gate_download_checking' : 'gate_download_check')}
      </button>
      <div role="status">{status && <Outcome status={status} />}</div>
    </div>
  );
}
