import browser from 'webextension-polyfill';
import { loadSnapshot, type SnapshotSummary } from '../background/library/store';
import { toCsv, toJsonl } from '../capture/dataset';
import { htmlView } from '../capture/html-view';
import type { Snapshot } from '../capture/types';
import { buildWacz } from '../capture/wacz/wacz';
import { downloadFile as download } from '../ui/download';
import type { Translate } from '../core/i18n/translate';

async function loadAll(ids: readonly string[]): Promise<Snapshot[]> {
  const loaded = await Promise.all(ids.map(loadSnapshot));
  return loaded.filter((s): s is Snapshot => s !== null);
}

const stamp = (iso: string) => iso.replace(/[:.]/g, '-');

export async function waczOf(ids: readonly string[]): Promise<Uint8Array> {
  return buildWacz(await loadAll(ids), `Flagpost ${browser.runtime.getManifest().version}`);
}

export async function exportWacz(ids: readonly string[]): Promise<void> {
  download(
    `flagpost-${stamp(new Date().toISOString())}.wacz`,
    'application/wacz',
    (await waczOf(ids)) as Uint8Array<ArrayBuffer>,
  );
}

export function exportDataset(summaries: readonly SnapshotSummary[], format: 'jsonl' | 'csv'): void {
  const entries = summaries.map((s) => ({
    id: s.id,
    capturedAt: s.metadata.capturedAt,
    url: s.metadata.url,
    analysis: s.analysis,
  }));
  const name = `flagpost-analyses-${stamp(new Date().toISOString())}.${format}`;
  if (format === 'jsonl') download(name, 'application/jsonl', toJsonl(entries));
  else download(name, 'text/csv', toCsv(entries));
}

function viewOf(snapshot: Snapshot, t: Translate): string {
  const { metadata } = snapshot;
  return htmlView(snapshot, (html) => new DOMParser().parseFromString(html, 'text/html'), [
    t('capture_view_note', [metadata.url, metadata.capturedAt]),
    t('capture_view_hash', [snapshot.manifestSha256]),
    t('capture_view_redacted', [String(metadata.redactions.length)], metadata.redactions.length),
  ]);
}

/** Opens the self-contained view in a new tab. */
export async function openView(id: string, t: Translate): Promise<void> {
  const snapshot = await loadSnapshot(id);
  if (!snapshot) return;
  window.open(URL.createObjectURL(new Blob([viewOf(snapshot, t)], { type: 'text/html' })), '_blank', 'noopener');
}

export async function exportView(id: string, t: Translate): Promise<void> {
  const snapshot = await loadSnapshot(id);
  if (snapshot) download(`flagpost-${stamp(snapshot.metadata.capturedAt)}.html`, 'text/html', viewOf(snapshot, t));
}
