/**
 * After an adapter has read a page, its labelled text (labelled-text.ts) fills the trader and
 * product-safety fields the adapter left empty, and keeps Flagpost from accusing: a block the page shows
 * under a known heading but that could not be read makes its fields unreadable, never "missing".
 */
import { SECTION_FIELDS, type Extraction, type FieldPath } from '../facts';
import type { Party } from '../model';
import { countryAtEnd, countryOfName } from '../validate/country';
import { partySays, type LabelledText, type PartyRead } from './labelled-text';

type SafetyParty = 'manufacturer' | 'euResponsiblePerson';
const TRADER_FIELDS = ['legalName', 'address', 'email', 'phone', 'registrationNumber', 'vatNumber', 'country'] as const;

function unmark(extraction: Extraction, paths: readonly FieldPath[]): void {
  extraction.unreadable = extraction.unreadable.filter((path) => !paths.includes(path));
}

function mark(extraction: Extraction, paths: readonly FieldPath[]): void {
  for (const path of paths) if (!extraction.unreadable.includes(path)) extraction.unreadable.push(path);
}

const hasSaid = (party: Pick<Party, 'name' | 'address'>): boolean => !!(party.name || party.address);

/** A "Hersteller: ACME" row only names: the rest of the party stays as the adapter left it. */
function fillFromRow(extraction: Extraction, kind: SafetyParty, read: PartyRead): void {
  const party = extraction.safety[kind];
  for (const field of ['name', 'address', 'email'] as const) {
    if (party[field] || !read[field]) continue;
    party[field] = read[field];
    unmark(extraction, [`safety.${kind}.${field}`]);
  }
}

function fillSafetyParty(extraction: Extraction, kind: SafetyParty, read: PartyRead | undefined): void {
  if (!read) return;
  if (!read.block) {
    fillFromRow(extraction, kind, read);
    return;
  }
  const party = extraction.safety[kind];
  const paths = SECTION_FIELDS[kind];
  if (!hasSaid(read)) {
    if (hasSaid(party)) return;
    // "Not available" is the page's own word that there is none; anything else seen but not
    // understood cannot stand as "not shown".
    if (read.saysNone) unmark(extraction, paths);
    else mark(extraction, paths);
    return;
  }
  if (hasSaid(party)) {
    // The adapter named the party; the text may give what it left out.
    party.name ??= read.name;
    party.address ??= read.address;
    party.email ??= read.email;
    return;
  }
  extraction.safety[kind] = { name: read.name, address: read.address, email: read.email };
  unmark(extraction, paths);
}

function fillTrader(extraction: Extraction, read: PartyRead | undefined): void {
  if (!read) return;
  const details = SECTION_FIELDS.trader.filter((path) => path !== 'trader.name' && path !== 'trader.status');
  const trader = extraction.trader;
  const adapterSaid = !!(trader.legalName || trader.address);
  if (read.status && trader.status === 'unknown') {
    trader.status = read.status;
    unmark(extraction, ['trader.status']);
  }
  if (!partySays(read)) {
    // Seen but not understood: the adapter's "not shown" cannot stand.
    if (!adapterSaid && !read.saysNone && read.block) mark(extraction, details);
    return;
  }
  const fromText = {
    legalName: read.name,
    address: read.address,
    email: read.email,
    phone: read.phone,
    registrationNumber: read.registrationNumber,
    vatNumber: read.vatNumber,
    country: countryOfName(read.country) ?? countryAtEnd(read.address),
  };
  for (const field of TRADER_FIELDS) trader[field] ??= fromText[field];
  if (read.storeName && !trader.name) {
    trader.name = read.storeName;
    unmark(extraction, ['trader.name']);
  }
  // A section was found and read: what it does not show is not shown. A lone "Label: value" row
  // only says what it says.
  if (!adapterSaid && read.block) unmark(extraction, details);
  else if (!adapterSaid) unmark(extraction, details.filter((path) => trader[path.slice('trader.'.length) as (typeof TRADER_FIELDS)[number]] !== null));
}

/** Fills and guards `extraction` with what the page's labelled text says. */
export function fillFromText(extraction: Extraction, text: LabelledText): void {
  fillSafetyParty(extraction, 'manufacturer', text.parties.manufacturer);
  fillSafetyParty(extraction, 'euResponsiblePerson', text.parties.euResponsiblePerson);
  fillTrader(extraction, text.parties.trader);
  if (text.warnings && extraction.safety.warnings.length === 0) {
    if (text.warnings.lines.length > 0) {
      extraction.safety.warnings = text.warnings.lines;
      unmark(extraction, SECTION_FIELDS.warnings);
    } else {
      mark(extraction, SECTION_FIELDS.warnings);
    }
  }
  if (extraction.texts.safety === '') extraction.texts.safety = text.safetyText;
  const lookedIn = {
    trader: text.parties.trader?.heading,
    manufacturer: text.parties.manufacturer?.heading ?? text.safetyHeading,
    euResponsiblePerson: text.parties.euResponsiblePerson?.heading ?? text.safetyHeading,
    warnings: text.warnings?.heading ?? text.safetyHeading,
  };
  // Only the parts a heading was seen for: the facts cross to the worker, which checks every value.
  extraction.lookedIn = Object.fromEntries(Object.entries(lookedIn).filter(([, heading]) => typeof heading === 'string'));
}
