import { useEffect, useState } from 'preact/hooks';
import type { SafetyGateStatus } from '../../background/safety-gate/index';
import { MAX_REPORT_BYTES } from '../../core/safety-gate/download';
import { send } from '../../runtime/messages';
import { useT } from '../../ui/i18n-context';
import { WeeklyDownload } from './weekly-download';

/** Import of Safety Gate weekly reports (a file, or the weekly download), so listings are matched against recalled products. */
export function SafetyGateSection() {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [status, setStatus] = useState<SafetyGateStatus | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void send({ type: 'safety-gate-status' }).then(setStatus);
  }, []);

  async function importFile() {
    if (!file) return;
    if (file.size > MAX_REPORT_BYTES) {
      setStatus({ total: status?.total ?? 0, imported: 0, tooLarge: true });
      return;
    }
    setBusy(true);
    try {
      setStatus(await send({ type: 'safety-gate-import', text: await file.text() }));
    } finally {
      setBusy(false);
    }
  }

  const message =
    status === null
      ? ''
      : status.tooLarge
        ? t('gate_options_too_large', [String(MAX_REPORT_BYTES / 1048576)])
        : status.imported === 0
          ? t('gate_options_invalid')
          : status.total === 0
            ? t('gate_options_empty')
            : t('gate_options_imported', [String(status.total)], status.total);

  return (
    <section aria-labelledby="safety-gate-title" class="safety-gate">
      <h2 id="safety-gate-title">{t('gate_options_title')}</h2>
      <p>{t('gate_options_intro')}</p>
      <label>
        {t('gate_options_file')}
        <input
          type="file"
          name="safety-gate-report"
          accept=".xml,application/xml,text/xml"
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
      </label>
      <button type="button" disabled={!file || busy} onClick={() => void importFile()}>
        {t('gate_options_import')}
      </button>
      <button
        type="button"
        disabled={busy || !status?.total}
        onClick={() => void send({ type: 'safety-gate-clear' }).then(setStatus)}
      >
        {t('gate_options_clear')}
      </button>
      <p role="status" data-testid="safety-gate-status">
        {message}
      </p>
      <WeeklyDownload onIndexChanged={(total) => setStatus({ total })} />
    </section>
  );
}
