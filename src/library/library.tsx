import { useEffect, useState } from 'preact/hooks';
import { deleteSnapshots, listSnapshots, storageEstimate, type SnapshotSummary } from '../background/library/store';
import { useT } from '../ui/i18n-context';
import { exportDataset, exportView, exportWacz, openView } from './exports';
import { formatBytes } from './format';

/** Places with the user's personal data left out (scripts and event attributes are dropped from every snapshot). */
const personalDataLeftOut = (s: SnapshotSummary) =>
  s.metadata.redactions.filter((r) => r.kind !== 'script' && r.kind !== 'attribute').length;

type Listing =
  | { status: 'loading' }
  | { status: 'ready'; snapshots: SnapshotSummary[]; usage: number; quota: number }
  | { status: 'error' };

/** The snapshot library: what is kept, how much room it takes, and the ways out (view, WACZ, datasets). */
export function Library() {
  const t = useT();
  const [listing, setListing] = useState<Listing>({ status: 'loading' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const lang = document.documentElement.lang;

  const refresh = () => {
    Promise.all([listSnapshots(), storageEstimate()])
      .then(([snapshots, { usage, quota }]) => setListing({ status: 'ready', snapshots, usage, quota }))
      .catch(() => setListing({ status: 'error' }));
  };
  useEffect(refresh, []);

  const run = (work: () => Promise<void>) => {
    setBusy(true);
    work()
      .catch((error: unknown) => console.error('Flagpost: library action failed', error))
      .finally(() => {
        setBusy(false);
        refresh();
      });
  };
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  if (listing.status === 'loading') return <p aria-live="polite">{t('popupLoading')}</p>;
  if (listing.status === 'error') return <p role="alert">{t('popupError')}</p>;
  const { snapshots } = listing;
  const chosen = snapshots.filter((s) => selected.has(s.id)).map((s) => s.id);

  return (
    <>
      <h1>{t('capture_library_title')}</h1>
      <p class="muted" data-testid="library-storage">
        {t(
          'capture_storage',
          [formatBytes(listing.usage, lang), formatBytes(listing.quota, lang), String(snapshots.length)],
          snapshots.length,
        )}
      </p>
      <div class="toolbar">
        <button
          type="button"
          class="primary"
          data-testid="export-wacz"
          disabled={busy || chosen.length === 0}
          onClick={() => run(() => exportWacz(chosen))}
        >
          {t('capture_export_wacz', [String(chosen.length)])}
        </button>
        <button
          type="button"
          data-testid="export-jsonl"
          disabled={busy || snapshots.length === 0}
          onClick={() => exportDataset(snapshots, 'jsonl')}
        >
          {t('capture_export_jsonl')}
        </button>
        <button
          type="button"
          data-testid="export-csv"
          disabled={busy || snapshots.length === 0}
          onClick={() => exportDataset(snapshots, 'csv')}
        >
          {t('capture_export_csv')}
        </button>
        <button
          type="button"
          data-testid="delete-selected"
          disabled={busy || chosen.length === 0}
          onClick={() => run(() => deleteSnapshots(chosen).then(() => setSelected(new Set())))}
        >
          {t('capture_delete_selected', [String(chosen.length)])}
        </button>
      </div>
      {snapshots.length === 0 ? (
        <p>{t('capture_library_empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('capture_col_select')}</th>
              <th scope="col">{t('capture_col_listing')}</th>
              <th scope="col">{t('capture_col_time')}</th>
              <th scope="col">{t('capture_col_size')}</th>
              <th scope="col">{t('capture_col_actions')}</th>
            </tr>
          </thead>
          <tbody>
            {snapshots.map((s) => (
              <tr key={s.id} data-snapshot={s.id}>
                <td>
                  <input
                    type="checkbox"
                    checked={selected.has(s.id)}
                    onChange={() => toggle(s.id)}
                    aria-label={t('capture_select_one', [s.metadata.title || s.metadata.url])}
                  />
                </td>
                <td class="url">
                  <div>{s.analysis?.listing.title ?? s.metadata.title}</div>
                  <div class="muted">{s.metadata.url}</div>
                  <div class="muted">
                    {t('capture_redacted_count', [String(personalDataLeftOut(s))], personalDataLeftOut(s))}
                  </div>
                </td>
                <td>
                  {new Date(s.metadata.capturedAt).toLocaleString(lang, { timeZone: 'UTC', timeZoneName: 'short' })}
                </td>
                <td>{formatBytes(s.size, lang)}</td>
                <td class="actions">
                  <button type="button" onClick={() => run(() => openView(s.id, t))}>
                    {t('capture_open')}
                  </button>{' '}
                  <button type="button" onClick={() => run(() => exportView(s.id, t))}>
                    {t('capture_export_html')}
                  </button>{' '}
                  <button type="button" onClick={() => run(() => exportWacz([s.id]))}>
                    {t('capture_export_one')}
                  </button>{' '}
                  <button type="button" onClick={() => run(() => deleteSnapshots([s.id]))}>
                    {t('capture_delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
