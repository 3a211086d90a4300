import type { Analysis, Finding } from '../../../src/core/model';

export function finding(id: Finding['id'], legalBasis: string, evidence: string[] = []): Finding {
  return { id, severity: 'high', title: id, detail: '', legalBasis, evidence };
}

/** A small analysis of a demo AliExpress listing, for the notice tests. */
export function analysisWith(findings: Finding[]): Analysis {
  return {
    schema: 'flagpost-analysis/1',
    url: 'https://de.aliexpress.com/item/1005006.html?spm=a2g0o.home&utm_source=x#reviews',
    platform: 'aliexpress',
    pageType: 'product',
    language: 'de',
    listing: { id: '1005006', title: 'Holzspielzeug Zug', price: null, category: [] },
    trader: {
      name: 'Toy Store',
      legalName: null,
      address: null,
      country: 'CN',
      email: null,
      phone: null,
      registrationNumber: null,
      vatNumber: null,
      status: 'trader',
      storeId: '1101',
      storeUrl: 'https://de.aliexpress.com/store/1101',
    },
    safety: {
      manufacturer: { name: null, address: null, email: null },
      euResponsiblePerson: { name: null, address: null, email: null },
      ceMarking: 'absent',
      warnings: [],
      identifiers: { brand: null, model: null, gtin: [] },
    },
    links: [],
    findings,
    unreadable: [],
  };
}
