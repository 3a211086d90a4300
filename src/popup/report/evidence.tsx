import { useEffect, useState } from 'preact/hooks';
import { sha256Hex } from '../../capture/hash';
import type { EvidenceSnapshot } from '../../core/notice/types';
import { send } from '../../runtime/messages';
import { useT } from '../../ui/i18n-context';

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/**
 * Saves a snapshot of the tab in the library and describes it for the notice by the SHA-256 of its
 * WACZ, exactly the file the library exports for it (the export is reproducible), so anyone holding
 * that file can prove it is the evidence the notice cites.
 */
export async function snapshotEvidence(tabId: number): Promise<EvidenceSnapshot> {
  const summary = await send({ type: 'snapshot-save', tabId });
  const wacz = await send({ type: 'snapshot-wacz', ids: [summary.id] });
  return {
    kind: 'wacz',
    sha256: await sha256Hex(fromBase64(wacz.base64)),
    capturedAt: summary.metadata.capturedAt,
    bytes: wacz.bytes,
  };
}

interface Props {
  tabId: number | undefined;
  /** The evidence already in the notice (a restored draft): attached without a new snapshot. */
  evidence: EvidenceSnapshot[];
  initiallyOn: boolean;
  onChange: (evidence: EvidenceSnapshot[]) => void;
  onSaving: (saving: boolean) => void;
}

/** "Attach a snapshot of this page": takes it once when ticked, and keeps it while the box stays ticked. */
export function AttachSnapshot({ tabId, evidence, initiallyOn, onChange, onSaving }: Props) {
  const t = useT();
  const [on, setOn] = useState(initiallyOn && tabId !== undefined);
  const [saved, setSaved] = useState<EvidenceSnapshot | null>(evidence[0] ?? null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'failed'>('idle');

  useEffect(() => {
    if (!on) return onChange([]);
    if (saved) return onChange([saved]);
    if (tabId === undefined) return;
    setStatus('saving');
    onSaving(true);
    snapshotEvidence(tabId)
      .then((taken) => {
        setSaved(taken);
        setStatus('idle');
        onChange([taken]);
      })
      .catch(() => setStatus('failed'))
      .finally(() => onSaving(false));
  }, [on]);

  if (tabId === undefined) return null;
  return (
    <div class="attach">
      <label>
        <input
          type="checkbox"
          name="attachSnapshot"
          checked={on}
          disabled={status === 'saving'}
          onChange={(e) => setOn(e.currentTarget.checked)}
        />
        {t('notice_attach_snapshot')}
      </label>
      <p class="muted" aria-live="polite" data-testid="evidence-status" data-state={on && saved ? 'attached' : status}>
        {status === 'saving' && t('notice_attach_saving')}
        {status === 'failed' && t('notice_attach_failed')}
        {on && saved && t('notice_attach_done', [saved.sha256.slice(0, 12)])}
      </p>
    </div>
  );
}
