import { alertLink } from '../../safety-gate/parse';
import type { SafetyGateAlert } from '../../safety-gate/types';
import type { Check, JudgedPage } from '../types';

const MAX_ALERTS = 5;

/** GTINs the listing states, plus barcodes decoded from its images. */
function listingGtins(page: JudgedPage): string[] {
  const decoded = (page.imageCodes ?? []).filter((c) => /^(EAN|UPC|GTIN)/i.test(c.format)).map((c) => c.text);
  return [...new Set([...page.safety.identifiers.gtin, ...decoded])];
}

function evidenceOf(alert: SafetyGateAlert): string {
  const parts = [
    `Safety Gate ${alert.caseNumber}`,
    [alert.brand, alert.model].filter(Boolean).join(' '),
    alert.riskType && `risk: ${alert.riskType}`,
    alert.measures && `measures: ${alert.measures}`,
    alertLink(alert),
  ];
  return parts.filter((p): p is string => Boolean(p)).join(' — ');
}

/**
 * The product is the subject of an EU Safety Gate alert: same GTIN, or same brand and model/type
 * number (never the product name alone). Selling it may breach the measures the alert records.
 */
export const safetyGateMatchCheck: Check = {
  id: 'product.safety-gate-match',
  reads: [],
  run(page, context) {
    if (!context.safetyGate) return null;
    const { brand, model } = page.safety.identifiers;
    const alerts = context.safetyGate.match({ brand, model, gtin: listingGtins(page) });
    if (alerts.length === 0) return null;
    const shown = alerts.slice(0, MAX_ALERTS);
    return {
      severity: 'high',
      legalBasis: 'GPSR Art. 9, 22, 26; DSA Art. 16 (notice)',
      evidence: shown.map(evidenceOf),
      params: [
        shown.map((a) => a.caseNumber).join(', '),
        [...new Set(shown.map((a) => a.riskType).filter(Boolean))].join(', '),
      ],
    };
  },
};
