import { brandKey, gtinKey, gtinsIn, modelKeys } from './normalise';
import type { ListingIdentifiers, SafetyGateAlert, SafetyGateLookup } from './types';

function add(map: Map<string, SafetyGateAlert[]>, key: string, alert: SafetyGateAlert): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(alert)) list.push(alert);
  } else map.set(key, [alert]);
}

/**
 * Builds the lookup once per import: one map by GTIN, one by brand + model key. A listing matches by
 * GTIN, or by brand together with a model/type number; never by product name alone, so "same brand,
 * other model" does not match.
 */
export function buildSafetyGateIndex(alerts: readonly SafetyGateAlert[]): SafetyGateLookup {
  const byGtin = new Map<string, SafetyGateAlert[]>();
  const byBrandModel = new Map<string, SafetyGateAlert[]>();
  for (const alert of alerts) {
    for (const gtin of gtinsIn(alert.barcode)) add(byGtin, gtin, alert);
    const brand = brandKey(alert.brand);
    if (brand) for (const model of modelKeys(alert.model)) add(byBrandModel, `${brand}\u0000${model}`, alert);
  }
  return {
    size: alerts.length,
    match(listing: ListingIdentifiers): SafetyGateAlert[] {
      const found = new Set<SafetyGateAlert>();
      for (const gtin of listing.gtin) {
        const key = gtinKey(gtin);
        for (const alert of (key && byGtin.get(key)) || []) found.add(alert);
      }
      const brand = brandKey(listing.brand);
      if (brand) {
        for (const model of modelKeys(listing.model)) {
          for (const alert of byBrandModel.get(`${brand}\u0000${model}`) ?? []) found.add(alert);
        }
      }
      return [...found];
    },
  };
}
