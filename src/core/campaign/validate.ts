import { endpointAllowed } from '../net/endpoint';
import { FINDING_IDS, PLATFORMS, SEVERITY_ORDER } from '../model';
import { PACK_SCHEMA, type CampaignPack } from './types';

/**
 * The rules of schemas/campaign.schema.json, by hand: the extension runs no schema compiler (MV3
 * forbids generated code), and a unit test holds both to the same fixtures. Returns the paths that break a rule.
 */
type Value = unknown;
type Rule = (value: Value, path: string, out: string[]) => void;

const ID = /^[a-z0-9][a-z0-9-]{2,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LANGUAGE = /^[a-z]{2}$/;
const HEX = /^[0-9a-f]+$/;
const SHA256 = /^[0-9a-f]{64}$/;

const isObject = (v: Value): v is Record<string, Value> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isHttpsUrl = (v: Value) => typeof v === 'string' && URL.canParse(v) && new URL(v).protocol === 'https:';

const text =
  (max: number): Rule =>
  (v, path, out) => {
    if (typeof v !== 'string' || v.trim().length === 0 || v.length > max) out.push(path);
  };
const matching =
  (pattern: RegExp): Rule =>
  (v, path, out) => {
    if (typeof v !== 'string' || !pattern.test(v)) out.push(path);
  };
const oneOf =
  (allowed: readonly string[]): Rule =>
  (v, path, out) => {
    if (typeof v !== 'string' || !allowed.includes(v)) out.push(path);
  };
const httpsUrl: Rule = (v, path, out) => {
  if (!isHttpsUrl(v)) out.push(path);
};
/** An organiser's endpoint: https, or http on this machine (an organiser testing its own collection server). */
const endpointUrl: Rule = (v, path, out) => {
  if (typeof v !== 'string' || !endpointAllowed(v)) out.push(path);
};
const list =
  (item: Rule, max: number, min = 0): Rule =>
  (v, path, out) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return void out.push(path);
    v.forEach((each, i) => item(each, `${path}.${i}`, out));
  };
/** An object whose keys match `key` and whose values follow `value`; `required` keys must be there. */
const map =
  (key: RegExp, value: Rule, required: string[] = []): Rule =>
  (v, path, out) => {
    if (!isObject(v)) return void out.push(path);
    for (const [k, each] of Object.entries(v)) {
      if (key.test(k)) value(each, `${path}.${k}`, out);
      else out.push(`${path}.${k}`);
    }
    for (const k of required) if (!Object.hasOwn(v, k)) out.push(`${path}.${k}`);
  };
/**
 * An object with exactly these properties (no others: a pack carries only data Flagpost knows). Own
 * properties only, both ways: `k in properties` let "constructor" or "__proto__" through.
 */
const shape =
  (properties: Record<string, Rule>): Rule =>
  (v, path, out) => {
    if (!isObject(v)) return void out.push(path);
    const at = (k: string) => (path ? `${path}.${k}` : k);
    for (const [k, rule] of Object.entries(properties)) rule(Object.hasOwn(v, k) ? v[k] : undefined, at(k), out);
    for (const k of Object.keys(v)) if (!Object.hasOwn(properties, k)) out.push(at(k));
  };

/** A property a pack may leave out. */
const optional =
  (rule: Rule): Rule =>
  (v, path, out) => {
    if (v !== undefined) rule(v, path, out);
  };
/** A field whose value may be null (a Safety Gate alert leaves many empty). */
const nullable =
  (rule: Rule): Rule =>
  (v, path, out) => {
    if (v !== null) rule(v, path, out);
  };

/** Alerts in the shape the Safety Gate index keeps (src/core/safety-gate/types.ts); every field present, most may be null. */
const ALERT_FIELDS = [
  'reference',
  'category',
  'product',
  'brand',
  'name',
  'model',
  'batch',
  'barcode',
  'riskType',
  'danger',
  'measures',
  'notifyingCountry',
  'countryOfOrigin',
  'level',
] as const;
const safetyGateAlert = shape({
  caseNumber: text(60),
  ...Object.fromEntries(ALERT_FIELDS.map((field) => [field, nullable(text(4000))])),
});

const channel: Rule = (v, path, out) => {
  if (isObject(v) && v.kind === 'platform') shape({ kind: oneOf(['platform']) })(v, path, out);
  else shape({ kind: oneOf(['organiser']), endpoint: endpointUrl })(v, path, out);
};

const FINDING_PATTERN = new RegExp(`^(${FINDING_IDS.map((id) => id.replace(/[.-]/g, '\\$&')).join('|')})$`);

const pack = shape({
  schema: oneOf([PACK_SCHEMA]),
  id: matching(ID),
  version: (v, path, out) => {
    if (!Number.isInteger(v) || (v as number) < 1) out.push(path);
  },
  name: text(120),
  organiser: shape({ name: text(120), website: httpsUrl, contact: text(200) }),
  description: map(LANGUAGE, text(2000), ['en']),
  starts: matching(DATE),
  ends: matching(DATE),
  marketplaces: list(oneOf(PLATFORMS), PLATFORMS.length, 1),
  urlPatterns: list((v, path, out) => {
    if (!isHttpsUrl(typeof v === 'string' ? v.replace(/\*/g, 'x') : v)) out.push(path);
  }, 50),
  terms: list(text(80), 500),
  checks: list(oneOf(FINDING_IDS), FINDING_IDS.length),
  severity: map(FINDING_PATTERN, oneOf(Object.keys(SEVERITY_ORDER))),
  templates: map(LANGUAGE, text(2000)),
  channel,
  listings: list(httpsUrl, 1000),
  traders: shape({ salt: matching(HEX), hashes: list(matching(SHA256), 10000) }),
  safetyGate: optional(shape({ alerts: list(safetyGateAlert, 5000) })),
});

export function packProblems(value: unknown): string[] {
  const out: string[] = [];
  pack(value, '', out);
  if (out.length === 0) {
    const { starts, ends } = value as CampaignPack;
    if (Number.isNaN(Date.parse(starts))) out.push('starts');
    if (Number.isNaN(Date.parse(ends)) || ends < starts) out.push('ends');
  }
  return out;
}
