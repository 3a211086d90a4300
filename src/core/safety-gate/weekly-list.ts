import { elementBodies, leaves } from './parse';

/*
 * The Commission's public download endpoint for Safety Gate weekly reports. No key, no account.
 *
 * Confirmed by several independent public clients (code corpus, 2026; repository names were not given by the
 * index, file ids in docs/safety-gate.md): a Python collector ("EU Safety Gate weekly alert collection"),
 * a Go RAPEX resolver, a TypeScript fast-xml-parser client, a Node adapter ("Nordla") and a PHP schema diagnostic:
 *  - the list of weekly reports: GET https://ec.europa.eu/safety-gate-alerts/api/download/weeklyReport/list/xml/en
 *  - its XML: root <Safety-Gate>, one <weeklyReport> per week with <reference> ("Report-2026-34"),
 *    <publicationDate> (dd/mm/yyyy), <year>, <week> and <URL> (the report's own address);
 *  - a report: https://ec.europa.eu/safety-gate-alerts/api/download/weeklyReport/detail/xml/<id>?language=en
 *    (some clients add "&search=WEB_REPORT%7C:%7C<id>"), root <Safety-Gate>, <report_date>, one
 *    <notifications> per alert (parse.ts reads those);
 *  - an alert's <reference> is its page: https://ec.europa.eu/safety-gate-alerts/screen/webReport/alertDetail/<id>.
 * Assumed, not confirmed: the list's order (clients disagree, so entries are sorted here by year and week);
 * that <URL> always points back to ec.europa.eu (anything else is ignored: host access covers only that origin);
 * one client strips a stray trailing comma from <URL>, so this does too.
 */
export const SAFETY_GATE_ORIGIN = 'https://ec.europa.eu';
export const REPORT_LIST_URL = `${SAFETY_GATE_ORIGIN}/safety-gate-alerts/api/download/weeklyReport/list/xml/en`;
/** Host access the download needs, asked for on the user's click (browsers grant whole origins; a path adds nothing). */
export const SAFETY_GATE_HOST_ACCESS = { origins: [`${SAFETY_GATE_ORIGIN}/*`] };
/** Report addresses outside this prefix are not followed. */
const REPORT_PREFIX = `${SAFETY_GATE_ORIGIN}/safety-gate-alerts/`;

/** One weekly report as the list names it. */
export interface WeeklyReportEntry {
  /** "Report-2026-46": the key by which imported reports are remembered. */
  reference: string;
  /** As written (dd/mm/yyyy), or null. */
  publicationDate: string | null;
  url: string;
  /** year × 100 + week, for ordering. */
  week: number;
}

function weekOf(fields: Map<string, string>, reference: string): number | null {
  const year = Number(fields.get('year'));
  const week = Number(fields.get('week'));
  if (Number.isInteger(year) && Number.isInteger(week) && year > 2000 && week >= 1 && week <= 53)
    return year * 100 + week;
  const m = /(\d{4})-(\d{1,2})\b/.exec(reference);
  return m ? Number(m[1]) * 100 + Number(m[2]) : null;
}

function reportUrl(value: string | undefined): string | null {
  const url = value?.replace(/[,\s]+$/, '');
  if (!url?.startsWith(REPORT_PREFIX) || !URL.canParse(url)) return null;
  return url;
}

/** The reports a list answer names, newest first; entries without a reference, week or Commission address are skipped. */
export function parseReportList(xml: string): WeeklyReportEntry[] {
  const entries: WeeklyReportEntry[] = [];
  for (const block of elementBodies(xml, ['weeklyReport'])) {
    const fields = leaves(block);
    const reference = fields.get('reference');
    const url = reportUrl(fields.get('URL') ?? fields.get('url'));
    const week = reference ? weekOf(fields, reference) : null;
    if (!reference || !url || week === null) continue;
    entries.push({ reference, publicationDate: fields.get('publicationDate') ?? null, url, week });
  }
  return entries.sort((a, b) => b.week - a.week);
}

/** How many of the latest weeks one check looks at: about a month of alerts on the first run. */
export const WEEKS_PER_CHECK = 4;

/** Of the latest weeks, those not imported yet, oldest first (so the newest is imported last). */
export function reportsToFetch(
  entries: readonly WeeklyReportEntry[],
  imported: readonly string[],
  weeks = WEEKS_PER_CHECK,
): WeeklyReportEntry[] {
  const done = new Set(imported);
  return [...entries]
    .sort((a, b) => b.week - a.week)
    .slice(0, weeks)
    .filter((entry) => !done.has(entry.reference))
    .reverse();
}
