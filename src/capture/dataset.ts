import type { Analysis } from '../core/model';

/** One row per listing, for spreadsheets and notebooks. Column names are stable: add, never rename. */
export const DATASET_COLUMNS = [
  'snapshot_id',
  'captured_at',
  'url',
  'platform',
  'listing_id',
  'listing_title',
  'trader_name',
  'trader_legal_name',
  'trader_address',
  'trader_country',
  'trader_email',
  'trader_phone',
  'trader_registration_number',
  'trader_vat_number',
  'trader_status',
  'manufacturer_name',
  'manufacturer_address',
  'eu_responsible_name',
  'eu_responsible_address',
  'ce_marking',
  'warnings',
  'finding_ids',
  'unreadable',
] as const;

export interface DatasetEntry {
  id: string;
  capturedAt: string;
  url: string;
  analysis: Analysis | null;
}

type Row = Record<(typeof DATASET_COLUMNS)[number], string>;

function row({ id, capturedAt, url, analysis: a }: DatasetEntry): Row {
  const s = (value: string | null | undefined) => value ?? '';
  return {
    snapshot_id: id,
    captured_at: capturedAt,
    url,
    platform: s(a?.platform),
    listing_id: s(a?.listing.id),
    listing_title: s(a?.listing.title),
    trader_name: s(a?.trader.name),
    trader_legal_name: s(a?.trader.legalName),
    trader_address: s(a?.trader.address),
    trader_country: s(a?.trader.country),
    trader_email: s(a?.trader.email),
    trader_phone: s(a?.trader.phone),
    trader_registration_number: s(a?.trader.registrationNumber),
    trader_vat_number: s(a?.trader.vatNumber),
    trader_status: s(a?.trader.status),
    manufacturer_name: s(a?.safety.manufacturer.name),
    manufacturer_address: s(a?.safety.manufacturer.address),
    eu_responsible_name: s(a?.safety.euResponsiblePerson.name),
    eu_responsible_address: s(a?.safety.euResponsiblePerson.address),
    ce_marking: s(a?.safety.ceMarking),
    warnings: (a?.safety.warnings ?? []).join(' | '),
    finding_ids: (a?.findings ?? []).map((f) => f.id).join(' '),
    unreadable: (a?.unreadable ?? []).join(' '),
  };
}

/** The full analyses, one JSON object per line, with the snapshot they came from. */
export function toJsonl(entries: readonly DatasetEntry[]): string {
  return entries.map((e) => `${JSON.stringify({ snapshotId: e.id, capturedAt: e.capturedAt, ...(e.analysis ?? { url: e.url }) })}\n`).join('');
}

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet never runs page text as a formula. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(entries: readonly DatasetEntry[]): string {
  const lines = [DATASET_COLUMNS.join(','), ...entries.map((e) => DATASET_COLUMNS.map((c) => cell(row(e)[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
