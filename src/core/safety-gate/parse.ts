import type { SafetyGateAlert, SafetyGateReport } from './types';

// The weekly report is flat XML (root <Safety-Gate> from the Commission, <weeklyReport> in older copies and the
// fixtures; the root is not checked): <notifications> blocks (one per alert) of leaf elements whose text may be CDATA,
// and empty fields either absent, empty or xsi:nil. A full XML parser is not needed for that shape, and none is
// available in the service worker (no DOMParser there).

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (match, entity: string) => {
    if (!entity.startsWith('#')) return ENTITIES[entity.toLowerCase()] ?? match;
    const code = /^#x/i.test(entity) ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}

/**
 * An element's text: CDATA sections as they are, entities decoded outside them. Scanned with indexOf, never a
 * regex that would look for "]]>" again from every "<![CDATA[" of a file where it never comes.
 */
function decodeText(raw: string): string {
  let text = '';
  let at = 0;
  for (let open = raw.indexOf('<![CDATA[', at); open >= 0; open = raw.indexOf('<![CDATA[', at)) {
    const close = raw.indexOf(']]>', open + 9);
    if (close < 0) break; // unclosed: the rest is read as plain text
    text += decodeEntities(raw.slice(at, open)) + raw.slice(open + 9, close);
    at = close + 3;
  }
  text += decodeEntities(raw.slice(at));
  return text.replace(/\s+/g, ' ').trim();
}

/** Positions of each element's closing tags, in order: found in one pass so unclosed tags cannot make parsing quadratic. */
function closingTags(block: string): Map<string, { at: number[]; next: number }> {
  const closes = new Map<string, { at: number[]; next: number }>();
  for (const m of block.matchAll(/<\/([A-Za-z_][\w.-]*)\s*>/g)) {
    const name = m[1] ?? '';
    const entry = closes.get(name) ?? { at: [], next: 0 };
    entry.at.push(m.index);
    closes.set(name, entry);
  }
  return closes;
}

/** The text of each element directly in a block, by element name (first occurrence wins). */
export function leaves(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  const closes = closingTags(block);
  const opening = /<([A-Za-z_][\w.-]*)(\s[^<>]*?)?(\/?)>/g;
  for (let m = opening.exec(block); m; m = opening.exec(block)) {
    const [tag, name = '', attributes = '', selfClosing] = m;
    if (selfClosing) continue;
    const close = closes.get(name);
    const bodyStart = m.index + tag.length;
    while (close && (close.at[close.next] ?? Infinity) < bodyStart) close.next++;
    const bodyEnd = close?.at[close.next];
    if (bodyEnd === undefined) continue;
    // Skip what the element holds (a <pictures> list): only direct children are fields.
    opening.lastIndex = bodyEnd;
    if (fields.has(name) || /\bnil\s*=\s*["']true["']/.test(attributes)) continue;
    const text = decodeText(block.slice(bodyStart, bodyEnd));
    if (text !== '') fields.set(name, text);
  }
  return fields;
}

/**
 * The body of each element named one of `names`; an unclosed element ends the text. The Commission's
 * report list and reports are both flat runs of such blocks.
 */
export function* elementBodies(xml: string, names: readonly string[]): Generator<string> {
  // [^<>]: an opening that never ends stops at the next tag instead of scanning on to the end of the file.
  const opening = new RegExp(`<(${names.join('|')})\\b[^<>]*>`, 'g');
  for (let m = opening.exec(xml); m; m = opening.exec(xml)) {
    if (m[0].endsWith('/>')) continue;
    const closeName = `</${m[1] ?? ''}>`;
    const start = m.index + m[0].length;
    const end = xml.indexOf(closeName, start);
    if (end < 0) return;
    yield xml.slice(start, end);
    opening.lastIndex = end + closeName.length;
  }
}

/** Parses a Safety Gate weekly report (XML); alerts without a case number are skipped. */
export function parseSafetyGateReport(xml: string): SafetyGateReport {
  const reportDate = /<report_date>([^<]*)<\/report_date>/.exec(xml)?.[1];
  const alerts: SafetyGateAlert[] = [];
  for (const block of elementBodies(xml, ['notifications', 'notification'])) {
    const f = leaves(block);
    const caseNumber = f.get('caseNumber');
    if (!caseNumber) continue;
    const field = (name: string) => f.get(name) ?? null;
    alerts.push({
      caseNumber,
      reference: field('reference'),
      category: field('category'),
      product: field('product'),
      brand: field('brand'),
      name: field('name'),
      model: field('type_numberOfModel'),
      batch: field('batchNumber') ?? field('batchNumber_barcode'),
      barcode: field('barcode') ?? field('batchNumber_barcode'),
      riskType: field('riskType'),
      danger: field('danger'),
      measures: field('measures'),
      notifyingCountry: field('notifyingCountry'),
      countryOfOrigin: field('countryOfOrigin'),
      level: field('level'),
    });
  }
  return { reportDate: reportDate ? decodeText(reportDate) : null, alerts };
}

/** A link to the alert: its reference when that is an http(s) address. */
export function alertLink(alert: SafetyGateAlert): string | null {
  return alert.reference && /^https?:\/\//i.test(alert.reference) ? alert.reference : null;
}
