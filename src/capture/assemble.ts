import type { Analysis } from '../core/model';
import { sha256Hex } from './hash';
import type { FetchedResources } from './resources';
import type { RedactionKind, SerializedPage, Snapshot, SnapshotManifest, SnapshotMetadata, SnapshotPart } from './types';

export const PRIVACY_NOTE =
  'Cookies and web storage were never read. The page was copied without its scripts, and the shopper\'s account name, delivery address, basket and form values were removed (see redactions). Images and stylesheets were fetched without cookies.';

const encoder = new TextEncoder();

async function part(name: string, mime: string, bytes: Uint8Array): Promise<SnapshotPart> {
  return { name, mime, bytes, sha256: await sha256Hex(bytes) };
}

export interface SnapshotInput {
  page: SerializedPage;
  analysis: Analysis | null;
  resources: FetchedResources;
  screenshot: { png: Uint8Array; slices?: number } | { error: string };
  capturedAt: Date;
  browser: SnapshotMetadata['browser'];
  extension: SnapshotMetadata['extension'];
}

function countByKind(page: SerializedPage): SnapshotMetadata['redactionCounts'] {
  const counts: Partial<Record<RedactionKind, number>> = {};
  for (const r of page.redactions) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  return counts;
}

/** Puts the parts together, hashes each, and lists them in a manifest whose hash names the whole. */
export async function assembleSnapshot(input: SnapshotInput): Promise<Snapshot> {
  const { page } = input;
  const metadata: SnapshotMetadata = {
    url: page.url,
    title: page.title,
    capturedAt: input.capturedAt.toISOString(),
    browser: input.browser,
    extension: input.extension,
    viewport: page.viewport,
    redactions: page.redactions,
    redactionCounts: countByKind(page),
    resourcesFailed: input.resources.failed,
    screenshot:
      'png' in input.screenshot
        ? { kind: 'visible-tab', ...(input.screenshot.slices ? { slices: input.screenshot.slices } : {}) }
        : { kind: 'none', reason: input.screenshot.error },
    privacy: PRIVACY_NOTE,
  };
  const parts = [
    await part('page.html', 'text/html', encoder.encode(page.html)),
    ...('png' in input.screenshot ? [await part('screenshot.png', 'image/png', input.screenshot.png)] : []),
    await part('analysis.json', 'application/json', encoder.encode(JSON.stringify(input.analysis, null, 2))),
    await part('metadata.json', 'application/json', encoder.encode(JSON.stringify(metadata, null, 2))),
    ...input.resources.parts,
  ];
  const manifest: SnapshotManifest = {
    format: 'flagpost-snapshot-1',
    parts: parts.map(({ name, mime, url, bytes, sha256 }) => ({ name, mime, ...(url ? { url } : {}), size: bytes.byteLength, sha256 })),
  };
  const manifestSha256 = await sha256Hex(encoder.encode(JSON.stringify(manifest)));
  return { id: `${input.capturedAt.getTime().toString(36)}-${manifestSha256.slice(0, 12)}`, metadata, analysis: input.analysis, parts, manifest, manifestSha256 };
}

export function snapshotSize(snapshot: Snapshot): number {
  return snapshot.parts.reduce((sum, p) => sum + p.bytes.byteLength, 0);
}
