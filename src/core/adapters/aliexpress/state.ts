/**
 * AliExpress's embedded page state, read by module name wherever it sits.
 *
 * - Current pages (2024–26): screaming-snake modules (`GLOBAL_DATA`, `PRODUCT_TITLE`, `PRICE`,
 *   `SHOP_CARD_PC`, `PRODUCT_PROP_PC`, `COMPLIANCE_PC`…) under `window._d_c_` (its
 *   `lifeCycleEventList[0].data` or `DCData`) or the `mtop.aliexpress.pdp.pc.query` answer's `data.result`.
 *   Client-rendered pages ship an almost empty `DCData` and load the modules later: then nothing is
 *   found here and the caller falls back to structured data and the markup.
 * - Older pages: `window.runParams = { data: { titleModule, priceModule, storeModule, … } }`, and the
 *   2023 component names (`productInfoComponent`, `sellerComponent`, …).
 * Every reader returns null when its module is not there.
 */
import type { Price } from '../../model';
import { countryOfName } from '../../validate/country';
import {
  assignedJson,
  findByKeys,
  jsonAfter,
  literalTextAfter,
  pick,
  pickNumber,
  pickString,
  scriptContaining,
} from '../embedded-json';
import { specsFromJson, type Spec } from '../specs';

/** Globals the item page assigns its state to, current first. */
const STATE_GLOBALS = ['window._d_c_.DCData', 'window._d_c_', 'window.__INIT_DATA__', 'window._init_data_'] as const;

const MODULES = {
  title: ['PRODUCT_TITLE', 'productInfoComponent', 'titleModule'],
  price: ['PRICE', 'priceComponent', 'priceModule'],
  global: ['GLOBAL_DATA'],
  breadcrumb: ['breadcrumbComponent', 'crossLinkModule'],
  props: ['PRODUCT_PROP_PC', 'productPropComponent', 'specsModule'],
  store: ['SHOP_CARD_PC', 'sellerComponent', 'storeModule'],
  compliance: ['COMPLIANCE_PC'],
} as const;

export type AliState = Map<string, unknown>;

/** The state's modules by name; empty when the page embeds none. */
export function readState(doc: Document): AliState {
  const roots = [runParamsData(doc), ...assignedJson(doc, STATE_GLOBALS)].filter((root) => root !== undefined);
  return findByKeys(roots, Object.values(MODULES).flat());
}

/** `window.runParams = { data: {...}, csrfToken: "…" }`: a JS literal, so the JSON starts after `data:`. */
function runParamsData(doc: Document): unknown {
  const script = scriptContaining(doc, 'window.runParams');
  const literal = script ? literalTextAfter(script, 'window.runParams') : null;
  if (!literal) return undefined;
  const key = literal.search(/["']?data["']?\s*:/);
  return key < 0 ? undefined : jsonAfter(literal.slice(key), ':');
}

function moduleOf(state: AliState, names: readonly string[]): unknown {
  for (const name of names) if (state.has(name)) return state.get(name);
  return undefined;
}

function firstString(value: unknown, paths: readonly string[]): string | null {
  for (const path of paths) {
    const found = pickString(value, path);
    if (found) return found;
  }
  return null;
}

export function stateTitle(state: AliState): string | null {
  return firstString(moduleOf(state, MODULES.title), ['subject', 'text', 'title']);
}

export function stateListingId(state: AliState): string | null {
  return firstString(moduleOf(state, MODULES.title), ['idStr', 'productId']);
}

/** The price a buyer pays now: the activity (sale) price before the list price. */
export function statePrice(state: AliState): Price | null {
  const module = moduleOf(state, MODULES.price);
  for (const path of [
    'discountPrice.minActivityAmount',
    'origPrice.minAmount',
    'minActivityAmount',
    'minAmount',
  ]) {
    const money = pick(module, path);
    const amount = pickNumber(money, 'value');
    const currency = pickString(money, 'currency');
    if (amount !== null && currency) return { amount, currency };
  }
  return currentPrice(module, state);
}

/** Current `PRICE`: `salePriceLocal` is "formatted|number|…"; the currency is the page's, in `GLOBAL_DATA`. */
function currentPrice(module: unknown, state: AliState): Price | null {
  const local = findByKeys([module], ['salePriceLocal']).get('salePriceLocal');
  const amount = typeof local === 'string' ? Number(local.split('|')[1]) : NaN;
  const currency = findByKeys([moduleOf(state, MODULES.global)], ['currencyCode']).get('currencyCode');
  return Number.isFinite(amount) && typeof currency === 'string' ? { amount, currency } : null;
}

/** Breadcrumb categories; the entries without a category id are "Home" and the like. */
export function stateCategory(state: AliState): string[] | null {
  const module = moduleOf(state, MODULES.breadcrumb);
  const path = pick(module, 'pathList') ?? pick(module, 'breadCrumbPathList');
  if (!Array.isArray(path)) return null;
  const names = (path as unknown[])
    .filter((entry) => (pickNumber(entry, 'cateId') ?? 0) > 0)
    .map((entry) => pickString(entry, 'name'))
    .filter((name): name is string => name !== null);
  return names.length > 0 ? names : null;
}

export function stateSpecs(state: AliState): Spec[] | null {
  const module = moduleOf(state, MODULES.props);
  return specsFromJson(pick(module, 'props') ?? pick(module, 'showedProps'), 'attrName', 'attrValue');
}

/** The store the listing shows: on aggregation listings a pooling shell, see `seller.ts`. */
export interface StateStore {
  name: string | null;
  storeId: string | null;
  storeUrl: string | null;
  country: string | null;
}

export function stateStore(state: AliState): StateStore | null {
  const module = moduleOf(state, MODULES.store);
  if (!module || typeof module !== 'object') return null;
  const info = pick(module, 'sellerInfo') ?? module;
  return {
    name: pickString(module, 'storeName'),
    storeId: pickString(info, 'storeNum') ?? pickString(module, 'storeNum'),
    storeUrl: pickString(info, 'storeURL') ?? pickString(module, 'storeURL') ?? pickString(module, 'storeHomePage'),
    country: countryOfName(pickString(info, 'countryCompleteName') ?? pickString(module, 'countryCompleteName')),
  };
}

/** One `COMPLIANCE_PC.complianceList` entry: a title and HTML content, as the page renders them. */
export interface ComplianceEntry {
  title: string;
  content: string;
}

/** The compliance entries, or null when the page state has no `COMPLIANCE_PC`. */
export function stateCompliance(state: AliState): ComplianceEntry[] | null {
  const list = pick(moduleOf(state, MODULES.compliance), 'complianceList');
  if (!Array.isArray(list)) return null;
  return (list as unknown[])
    .map((entry) => ({ title: pickString(entry, 'title') ?? '', content: pickString(entry, 'content') ?? '' }))
    .filter((entry) => entry.title !== '' || entry.content !== '');
}
