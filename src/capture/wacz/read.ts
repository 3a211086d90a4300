import { WARCParser } from 'warcio';
import { unzipBounded, type UnzipLimits } from './unzip';
import type { DataPackage } from './wacz';

export interface ArchivedRecord {
  type: string;
  url: string;
  date: string;
  /** Content type of the payload (the HTTP one for responses). */
  mime: string;
  payloadDigest: string | null;
  blockDigest: string | null;
  payload: Uint8Array;
  /** The record's whole block (HTTP headers and payload for responses), to check the block digest. */
  block: Uint8Array;
}

export interface ReadWacz {
  files: Record<string, Uint8Array>;
  datapackage: DataPackage;
  pages: { id?: string; url: string; ts: string; title?: string }[];
  records: ArchivedRecord[];
}

const decoder = new TextDecoder();

/** Splits a response block into its HTTP head and payload. */
function splitHttp(block: Uint8Array): { head: string; payload: Uint8Array } {
  for (let i = 0; i + 3 < block.length; i++) {
    if (block[i] === 13 && block[i + 1] === 10 && block[i + 2] === 13 && block[i + 3] === 10) {
      return { head: decoder.decode(block.subarray(0, i)), payload: block.subarray(i + 4) };
    }
  }
  return { head: '', payload: block };
}

async function readWarc(bytes: Uint8Array): Promise<ArchivedRecord[]> {
  const records: ArchivedRecord[] = [];
  // parseHttp off: the block comes back whole, so its digest can be checked.
  const parser = new WARCParser([bytes], { parseHttp: false });
  for await (const record of parser) {
    const block = await record.readFully(false);
    const type = record.warcType ?? '';
    const { head, payload } = type === 'response' ? splitHttp(block) : { head: '', payload: block };
    const httpType = /^content-type:\s*(.+)$/im.exec(head)?.[1];
    records.push({
      type,
      url: record.warcTargetURI ?? '',
      date: record.warcDate ?? '',
      mime: (httpType ?? record.warcContentType ?? '').split(';')[0]?.trim() ?? '',
      payloadDigest: record.warcPayloadDigest ?? null,
      blockDigest: record.warcBlockDigest ?? null,
      payload,
      block,
    });
  }
  return records;
}

/** What a WACZ may unpack to: far above a page's snapshot, far below the memory of the process reading it. */
export const WACZ_LIMITS: UnzipLimits = { maxEntryBytes: 96 * 1048576, maxTotalBytes: 128 * 1048576 };

/** What the analysis reads: the package, the page list and the WARC files (never indexes or anything else). */
export const ANALYSED_ENTRIES = (name: string) => name === 'datapackage.json' || name === 'pages/pages.jsonl' || /^archive\/.+\.warc$/.test(name);

/**
 * Unpacks a WACZ (the `wanted` entries, within `limits`; see unzip.ts) and parses its WARC files with warcio
 * (for the CLI and the tests).
 */
export async function readWacz(bytes: Uint8Array, wanted: (name: string) => boolean = () => true, limits = WACZ_LIMITS): Promise<ReadWacz> {
  const files = unzipBounded(bytes, wanted, limits);
  const datapackageBytes = files['datapackage.json'];
  if (!datapackageBytes) throw new Error('not a WACZ: no datapackage.json');
  const pagesBytes = files['pages/pages.jsonl'];
  const pages = pagesBytes
    ? decoder
        .decode(pagesBytes)
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as ReadWacz['pages'][number] & { format?: string })
        .filter((page) => !page.format)
    : [];
  const records: ArchivedRecord[] = [];
  for (const [path, warc] of Object.entries(files)) {
    if (/^archive\/.+\.warc$/.test(path)) records.push(...(await readWarc(warc)));
  }
  return { files, datapackage: JSON.parse(decoder.decode(datapackageBytes)) as DataPackage, pages, records };
}
