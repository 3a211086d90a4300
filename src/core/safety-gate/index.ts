export { buildSafetyGateIndex } from './build-index';
export { brandKey, gtinKey, gtinsIn, modelKeys, normaliseCode } from './normalise';
export { alertLink, parseSafetyGateReport } from './parse';
export type { ListingIdentifiers, SafetyGateAlert, SafetyGateLookup, SafetyGateReport } from './types';
