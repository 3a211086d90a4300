/** One Safety Gate alert, as read from a weekly report (fields the report leaves empty are null). */
export interface SafetyGateAlert {
  /** Alert number, e.g. "A12/00123/25". */
  caseNumber: string;
  /** The report's reference for the alert; a link to the alert when it is an http(s) address. */
  reference: string | null;
  category: string | null;
  product: string | null;
  brand: string | null;
  name: string | null;
  /** `type_numberOfModel`: one or more type or model numbers. */
  model: string | null;
  batch: string | null;
  barcode: string | null;
  riskType: string | null;
  danger: string | null;
  measures: string | null;
  notifyingCountry: string | null;
  countryOfOrigin: string | null;
  /** "Serious risk", "Other risk level"... */
  level: string | null;
}

export interface SafetyGateReport {
  /** `report_date` as written (dd/mm/yyyy), or null. */
  reportDate: string | null;
  alerts: SafetyGateAlert[];
}

/** What a listing offers for matching. */
export interface ListingIdentifiers {
  brand: string | null;
  model: string | null;
  gtin: readonly string[];
}

/** A built index: checks only need to ask it. */
export interface SafetyGateLookup {
  readonly size: number;
  match(listing: ListingIdentifiers): SafetyGateAlert[];
}
