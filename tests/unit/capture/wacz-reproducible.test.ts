import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readWacz } from '../../../src/capture/wacz/read';
import { buildWacz } from '../../../src/capture/wacz/wacz';
import { amazonSnapshot } from './snapshot-support';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('WACZ export is reproducible (a notice cites it by hash)', async () => {
  const snapshot = await amazonSnapshot();

  it('gives the same bytes for the same snapshot, exported twice at different times', async () => {
    const first = await buildWacz([snapshot], 'Flagpost 0.1.0');
    await new Promise((resolve) => setImmediate(resolve));
    const second = await buildWacz([snapshot], 'Flagpost 0.1.0');
    expect(sha256(second)).toBe(sha256(first));
  });

  it('dates the archive at the capture, and gives every record its own id', async () => {
    const wacz = await readWacz(await buildWacz([snapshot], 'Flagpost 0.1.0'));
    expect(wacz.datapackage.created).toBe(snapshot.metadata.capturedAt);
    const warc = new TextDecoder().decode(wacz.files['archive/data.warc']);
    const ids = [...warc.matchAll(/WARC-Record-ID: <urn:uuid:([0-9a-f-]{36})>/g)].map((m) => m[1]);
    expect(ids.length).toBe(wacz.records.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('differs when the content differs', async () => {
    const other = await amazonSnapshot(new Date('2026-03-02T09:30:00Z'));
    expect(sha256(await buildWacz([other], 'Flagpost 0.1.0'))).not.toBe(sha256(await buildWacz([snapshot], 'Flagpost 0.1.0')));
  });
});
