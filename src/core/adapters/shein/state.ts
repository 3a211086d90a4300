/**
 * Shein's server-rendered product state: `window.gbRawData = { googleSEO, canonicalInfo, modules: {…} }`,
 * followed by `document.dispatchEvent(new Event("SRenderInitialPropsLoaded"))`.
 * `modules.productInfo` holds goods_id / goods_sn / goods_name / parentCats / productDetails,
 * `modules.priceInfo.salePrice` the price, `modules.storeInfo` the store and its seller information,
 * `modules.productSafety` the GPSR block, `modules.productInfo.goods_imgs` the gallery. Every reader
 * returns null (the gallery: []) when its part is missing, so the caller can fall back to the markup.
 */
import type { Price } from '../../model';
import { jsonAfter, pick, pickNumber, pickString, scriptContaining } from '../embedded-json';
import { cleanOrNull } from '../../text/normalize';
import { specsFromJson, type Spec } from '../specs';
import { partyFromJson, type SafetyRead, type StoreRef, type TraderContact } from '../labelled-blocks';

const MARKER = 'gbRawData';

export type SheinState = Record<string, unknown>;

export function readState(doc: Document): SheinState | null {
  const script = scriptContaining(doc, MARKER);
  const data = script ? jsonAfter(script, MARKER) : undefined;
  const modules = pick(data, 'modules');
  return modules && typeof modules === 'object' ? (data as SheinState) : null;
}

function objectAt(state: SheinState, path: string): Record<string, unknown> | null {
  const found = pick(state, path);
  return found && typeof found === 'object' && !Array.isArray(found) ? (found as Record<string, unknown>) : null;
}

export function stateTitle(state: SheinState): string | null {
  return pickString(state, 'modules.productInfo.goods_name');
}

export function stateGoodsId(state: SheinState): string | null {
  return pickString(state, 'modules.productInfo.goods_id') ?? pickString(state, 'canonicalInfo.goods_id');
}

export function statePrice(state: SheinState): Price | null {
  const amount = pickNumber(state, 'modules.priceInfo.salePrice.amount');
  const currency = pickString(state, 'modules.commonInfo.currency');
  return amount !== null && currency ? { amount, currency } : null;
}

/** `parentCats` is the category chain as nested `{ cat_name, children: [...] }`, root first. */
export function stateCategory(state: SheinState): string[] | null {
  let node: unknown = pick(state, 'modules.productInfo.parentCats');
  if (!node || typeof node !== 'object') return null;
  const names: string[] = [];
  while (node && typeof node === 'object') {
    const name = pickString(node, 'cat_name');
    if (name) names.push(name);
    node = pick(node, 'children.0');
  }
  return names;
}

/** The attribute list ("Marke: …", "Material: …") as name/value pairs. */
export function stateSpecs(state: SheinState): Spec[] | null {
  return specsFromJson(pick(state, 'modules.productInfo.productDetails'), 'attr_name', 'attr_value');
}

/**
 * The listing's gallery as the state writes it (often protocol-relative "//img.ltwebstatic.com/…"),
 * main image first: `goods_imgs.main_image.origin_image` (else `goods_img`), then
 * `goods_imgs.detail_image[].origin_image` (plain strings in some versions). Only `productInfo` is read:
 * other colours and recommendations carry their own `goods_img`. [] when the state has none.
 */
export function stateGallery(state: SheinState): string[] {
  const info = objectAt(state, 'modules.productInfo');
  const main = pickString(info, 'goods_imgs.main_image.origin_image') ?? pickString(info, 'goods_img');
  const details = pick(info, 'goods_imgs.detail_image');
  const rest = Array.isArray(details)
    ? details.map((image) => (typeof image === 'string' ? cleanOrNull(image) : pickString(image, 'origin_image')))
    : [];
  return [main, ...rest].filter((address): address is string => !!address);
}

export function stateBrand(state: SheinState): string | null {
  return pickString(state, 'modules.productInfo.brandInfo.name');
}

export function stateStore(state: SheinState, pageUrl: URL): StoreRef | null {
  const store = objectAt(state, 'modules.storeInfo');
  if (!store) return null;
  const code = pickString(store, 'storeCode');
  return {
    name: pickString(store, 'title'),
    storeId: code,
    storeUrl: code ? new URL(`/store/home?store_code=${encodeURIComponent(code)}`, pageUrl).href : null,
  };
}

/** The "seller information" the store declares (DSA Art. 30); null when the state carries none. */
export function stateSellerContact(state: SheinState): TraderContact | null {
  const seller = objectAt(state, 'modules.storeInfo.sellerInfo');
  if (!seller) return null;
  const type = pickString(seller, 'sellerType');
  return {
    legalName: pickString(seller, 'businessName'),
    address: pickString(seller, 'address'),
    country: pickString(seller, 'countryCode')?.toUpperCase() ?? null,
    email: pickString(seller, 'email'),
    phone: pickString(seller, 'phone'),
    registrationNumber: pickString(seller, 'registrationNumber'),
    vatNumber: pickString(seller, 'vatNumber'),
    status: type === 'business' ? 'trader' : type === 'individual' ? 'private' : 'unknown',
  };
}

export function stateSafety(state: SheinState): SafetyRead | null {
  const safety = objectAt(state, 'modules.productSafety');
  if (!safety) return null;
  const warnings = (Array.isArray(safety.warnings) ? safety.warnings : [])
    .map((w) => (typeof w === 'string' ? cleanOrNull(w) : null))
    .filter((w): w is string => w !== null);
  const manufacturer = partyFromJson(safety.manufacturer);
  const euResponsiblePerson = partyFromJson(safety.euResponsiblePerson);
  const certifications = Array.isArray(safety.certifications) ? safety.certifications.map(String) : [];
  const text = [...Object.values(manufacturer), ...Object.values(euResponsiblePerson), ...warnings, ...certifications]
    .filter((t): t is string => !!t)
    .join('\n');
  return { manufacturer, euResponsiblePerson, warnings, text };
}
