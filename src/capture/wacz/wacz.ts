import { zipSync, type Zippable } from 'fflate';
import { sha256Hex } from '../hash';
import type { Snapshot } from '../types';
import { cdxj } from './cdxj';
import { WarcWriter } from './warc';

export const WACZ_VERSION = '1.1.1';
const WARC_NAME = 'data.warc';
const encoder = new TextEncoder();

export interface DataPackage {
  profile: 'data-package';
  wacz_version: string;
  title: string;
  description: string;
  created: string;
  modified: string;
  software: string;
  mainPageUrl?: string;
  mainPageDate?: string;
  resources: { name: string; path: string; hash: string; bytes: number }[];
}

function pagesJsonl(snapshots: readonly Snapshot[]): string {
  const header = { format: 'json-pages-1.0', id: 'pages', title: 'Flagpost snapshots' };
  const pages = snapshots.map((s) => ({ id: s.id, url: s.metadata.url, ts: s.metadata.capturedAt, title: s.metadata.title }));
  return [header, ...pages].map((line) => `${JSON.stringify(line)}\n`).join('');
}

/** The latest capture time: the default creation date, so the same snapshots always give the same file (and hash). */
function latestCapture(snapshots: readonly Snapshot[]): Date {
  return new Date(Math.max(0, ...snapshots.map((s) => Date.parse(s.metadata.capturedAt))));
}

/** One or more snapshots as one WACZ 1.1.1 file (uncompressed WARC, STORE mode, so replay can read ranges). */
export async function buildWacz(snapshots: readonly Snapshot[], software: string, now = latestCapture(snapshots)): Promise<Uint8Array> {
  const created = now.toISOString();
  const warc = new WarcWriter(WARC_NAME);
  await warc.warcinfo(
    { software, format: 'WARC File Format 1.1', description: 'Flagpost evidence snapshots: rendered DOM without scripts and without the shopper\'s personal data; see each metadata record.' },
    created,
    snapshots.map((s) => s.id).join(' '),
  );
  for (const snapshot of snapshots) await warc.snapshot(snapshot);

  const files: Record<string, Uint8Array> = {
    [`archive/${WARC_NAME}`]: warc.bytes(),
    'indexes/index.cdx': encoder.encode(cdxj(warc.records, WARC_NAME)),
    'pages/pages.jsonl': encoder.encode(pagesJsonl(snapshots)),
  };
  const resources = await Promise.all(
    Object.entries(files).map(async ([path, bytes]) => ({ name: path.split('/').pop() as string, path, hash: `sha256:${await sha256Hex(bytes)}`, bytes: bytes.byteLength })),
  );
  const first = snapshots[0];
  const datapackage: DataPackage = {
    profile: 'data-package',
    wacz_version: WACZ_VERSION,
    title: snapshots.length === 1 && first ? first.metadata.title : `Flagpost snapshots (${snapshots.length})`,
    description: 'Evidence snapshots of marketplace listings saved with Flagpost.',
    created,
    modified: created,
    software,
    ...(first ? { mainPageUrl: first.metadata.url, mainPageDate: first.metadata.capturedAt } : {}),
    resources,
  };
  const datapackageBytes = encoder.encode(JSON.stringify(datapackage, null, 2));
  const digest = { path: 'datapackage.json', hash: `sha256:${await sha256Hex(datapackageBytes)}` };
  const zip: Zippable = {
    'datapackage.json': datapackageBytes,
    'datapackage-digest.json': encoder.encode(JSON.stringify(digest, null, 2)),
  };
  // Already-compressed or range-read files are stored, never deflated again (WACZ 1.1.1 §Zip Compression).
  for (const [path, bytes] of Object.entries(files)) zip[path] = [bytes, { level: 0 }];
  return zipSync(zip, { mtime: now });
}
