import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeWacz } from '../../../src/cli/wacz';
import { DATASET_COLUMNS, toCsv, toJsonl } from '../../../src/capture/dataset';
import { htmlView } from '../../../src/capture/html-view';
import { buildWacz } from '../../../src/capture/wacz/wacz';
import { translatorFor } from '../../../src/locales/index';
import { documentFrom } from '../../support/dom';
import { AMAZON_URL, amazonSnapshot } from './snapshot-support';

describe('snapshot exports', async () => {
  const snapshot = await amazonSnapshot();

  it('re-analyses a WACZ in the CLI exactly as the analysis kept in the snapshot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flagpost-wacz-'));
    const file = join(dir, 'capture.wacz');
    writeFileSync(file, await buildWacz([snapshot], 'test'));
    const [analysis] = await analyzeWacz(file, { translate: translatorFor('en'), warn: () => undefined });
    expect(analysis?.url).toBe(AMAZON_URL);
    expect(analysis?.trader).toEqual(snapshot.analysis?.trader);
    expect(analysis?.findings.map((f) => f.id)).toEqual(snapshot.analysis?.findings.map((f) => f.id));
  });

  it('writes a self-contained HTML view: no scripts, no network, images inline', () => {
    const html = htmlView(snapshot, documentFrom, ['note line']);
    const doc = documentFrom(html);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    const sources = Array.from(doc.querySelectorAll('img[src]'), (img) => img.getAttribute('src') ?? '');
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((src) => src.startsWith('data:'))).toBe(true);
    expect(doc.querySelectorAll('link')).toHaveLength(0);
    expect(html).toContain('note line');
    expect(html).not.toContain('Annegret');
  });

  it('exports one CSV row and one JSON line per listing', () => {
    const entries = [{ id: snapshot.id, capturedAt: snapshot.metadata.capturedAt, url: AMAZON_URL, analysis: snapshot.analysis }];
    const csv = toCsv(entries).trimEnd().split('\r\n');
    expect(csv[0]).toBe(DATASET_COLUMNS.join(','));
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain('amazon');
    expect(csv[1]).toContain('Holzwerk Brandner GmbH');
    const line = JSON.parse(toJsonl(entries)) as { snapshotId: string; platform: string; findings: unknown[] };
    expect(line.snapshotId).toBe(snapshot.id);
    expect(line.platform).toBe('amazon');
  });

  it('never lets a cell start a spreadsheet formula', () => {
    const analysis = { ...snapshot.analysis!, listing: { ...snapshot.analysis!.listing, title: '=HYPERLINK("http://x")' } };
    const csv = toCsv([{ id: 'x', capturedAt: '', url: AMAZON_URL, analysis }]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
