import type { Analysis } from '../core/model';

/** What was taken out of a page before it was kept, without the removed values themselves. */
export type RedactionKind = 'account' | 'address' | 'basket' | 'input' | 'script' | 'attribute';

export interface Redaction {
  kind: RedactionKind;
  /** Where, as a short CSS-like path (tag#id.class), so a reader can see which part of the page it was. */
  where: string;
  /** How many characters of text or value were removed (0 for scripts and attributes counted elsewhere). */
  chars: number;
}

/** The page as the content script serialized it: rendered DOM, redacted, without scripts. */
export interface SerializedPage {
  url: string;
  title: string;
  html: string;
  /** Absolute http(s) addresses of the listing's images and stylesheets, to fetch and keep. */
  resources: string[];
  viewport: Viewport;
  redactions: Redaction[];
  /** Where the redacted parts are on screen now (CSS pixels of the viewport), to mask them in the screenshot. */
  masks: Rect[];
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Viewport {
  width: number;
  height: number;
  devicePixelRatio: number;
}

/** One kept file of a snapshot, with its SHA-256. */
export interface SnapshotPart {
  /** File name inside the snapshot: page.html, screenshot.png, analysis.json, metadata.json, resources/N. */
  name: string;
  mime: string;
  /** For resources: the address it was fetched from. */
  url?: string;
  bytes: Uint8Array;
  sha256: string;
}

export interface SnapshotMetadata {
  url: string;
  title: string;
  /** UTC, ISO 8601. */
  capturedAt: string;
  browser: { name: string; version: string };
  extension: { name: string; version: string };
  viewport: Viewport;
  redactions: Redaction[];
  /** Redactions counted by kind, for people reading the metadata. */
  redactionCounts: Partial<Record<RedactionKind, number>>;
  resourcesFailed: { url: string; reason: string }[];
  /** `slices`: viewport captures stitched into the picture (1: only what was visible). */
  screenshot: { kind: 'visible-tab'; slices?: number } | { kind: 'none'; reason: string };
  /** Cookies and web storage are never read; the page's scripts are not kept. */
  privacy: string;
}

export interface ManifestEntry {
  name: string;
  mime: string;
  url?: string;
  size: number;
  sha256: string;
}

/** The list of parts with their hashes; its own hash identifies the whole snapshot. */
export interface SnapshotManifest {
  format: 'flagpost-snapshot-1';
  parts: ManifestEntry[];
}

export interface Snapshot {
  id: string;
  metadata: SnapshotMetadata;
  analysis: Analysis | null;
  parts: SnapshotPart[];
  manifest: SnapshotManifest;
  manifestSha256: string;
}
