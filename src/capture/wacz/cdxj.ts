import { getSurt } from 'warcio';
import type { WrittenRecord } from './warc';

/** 2024-05-01T12:00:00.000Z → 20240501120000 */
export function timestamp14(iso: string): string {
  return iso.replace(/[^\d]/g, '').slice(0, 14);
}

/** The CDXJ index of one WARC file, sorted as replay tools binary-search it. */
export function cdxj(records: readonly WrittenRecord[], filename: string): string {
  return records
    .filter((r) => r.type !== 'warcinfo')
    .map((r) => {
      const fields = { url: r.url, mime: r.mime.split(';')[0], ...(r.status ? { status: String(r.status) } : {}), digest: r.digest, length: String(r.length), offset: String(r.offset), filename };
      return `${getSurt(r.url)} ${timestamp14(r.date)} ${JSON.stringify(fields)}`;
    })
    .sort()
    .map((line) => `${line}\n`)
    .join('');
}
