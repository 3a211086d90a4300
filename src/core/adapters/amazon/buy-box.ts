/**
 * Amazon's buy box as its layouts since 2019 show it: the price to pay, and who sells ("Verkauf durch
 * X", a "Vendido por | X" row, an "Expéditeur / Vendeur | Amazon" feature, or a plain "sold by Amazon").
 */
import type { RawLink } from '../../facts';
import type { Price } from '../../model';
import labels from '../../terms/labels-amazon.json';
import { cleanOrNull } from '../../text/normalize';
import { blockLines, first, resolveUrl, stripLabel, textOf, textOrNull } from '../dom';
import { anyLanguageSet } from '../labelled-fields';
import { parsePrice } from '../price';
import { sellerIdOf, sellerProfileUrl } from './urls';

const SOLD_BY = anyLanguageSet(labels.soldBy);
const MERCHANT = ['#merchantInfoFeature_feature_div', '#merchant-info', '#tabular-buybox'];
/** Links to the seller's profile: the buy box's trigger, the older "dp_merchant_link", any "seller=" link in the box. */
const SELLER_TRIGGER = '#sellerProfileTriggerId';
const SELLER_LINK = [SELLER_TRIGGER, 'a[href*="dp_merchant_link"]', 'a[href*="seller="]'];
/** A row label of the tabular buy box or of an offer-display feature, followed by its value. */
const ROW_LABEL = '.tabular-buybox-label, .offer-display-feature-label';
/** "…durch Amazon.", "sold by Amazon.de": the retailer itself, named in plain text. */
const AMAZON_ITSELF = /\bAmazon(?:\.[a-z]{2,3}(?:\.[a-z]{2})?)?(?=[\s.,;)]|$)/;

// Current layouts first; the 2019 ones ("priceblock", "Neu kaufen" accordion) after.
const PRICE_AREAS = [
  '#corePrice_feature_div',
  '#corePriceDisplay_desktop_feature_div',
  '#apex_desktop',
  '#priceblock_ourprice',
  '#priceblock_dealprice',
  '#priceblock_saleprice',
  '#price_inside_buybox',
  '#newBuyBoxPrice',
  '#buyNewSection',
] as const;

export interface BuyBoxSeller {
  found: boolean;
  name: string | null;
  storeId: string | null;
  storeUrl: string | null;
  /** The seller's profile link as the box shows it: a link of the listing. */
  links: RawLink[];
  text: string;
}

/** The price to pay, or null when no price area shows one; `found` says whether any price area was seen. */
export function readBuyBoxPrice(doc: Document, fallbackCurrency: string): { found: boolean; price: Price | null } {
  let found = false;
  for (const selector of PRICE_AREAS) {
    const area = doc.querySelector(selector);
    if (!area) continue;
    found = true;
    const price = parsePrice(priceText(area), fallbackCurrency);
    if (price) return { found, price };
  }
  return { found, price: null };
}

/** The first price shown that is not struck through (a list price or "Prix conseillé" is). */
function priceText(area: Element): string | null {
  const prices = area.matches('.a-price, .offer-price') ? [area] : Array.from(area.querySelectorAll('.a-price, .offer-price'));
  for (const price of prices) {
    if (price.getAttribute('data-a-strike') === 'true' || price.classList.contains('a-text-price')) continue;
    const offscreen = textOrNull(price.querySelector('.a-offscreen'));
    // A price whose accessible copy is empty is still shown: whole, fraction and symbol.
    const text = offscreen ?? cleanOrNull(textOf(price.querySelector('[aria-hidden="true"]') ?? price).replace(/\s/g, ''));
    if (text) return text;
  }
  return prices.length === 0 ? textOrNull(area) : null;
}

export function readBuyBoxSeller(doc: Document, url: URL): BuyBoxSeller {
  const merchant = first(doc, MERCHANT);
  // Outside the merchant box only the trigger's id is specific enough: other "seller=" links list other offers.
  const link = (merchant && first(merchant, SELLER_LINK)) ?? doc.querySelector(SELLER_TRIGGER);
  const target = resolveUrl(link?.getAttribute('href'), url);
  const storeId = target ? sellerIdOf(target) : null;
  const name = textOrNull(link) ?? soldByRow(doc) ?? amazonItself(merchant);
  return {
    found: merchant !== null || link !== null,
    name,
    storeId,
    storeUrl: storeId ? sellerProfileUrl(url, storeId) : null,
    links: link && target ? [{ href: target.href, text: textOf(link), source: 'seller' }] : [],
    text: merchant ? blockLines(merchant).join(' ') : '',
  };
}

/** The value of the "sold by" row: its message, else its first line (a hidden popover repeats it). */
function soldByRow(doc: Document): string | null {
  for (const label of Array.from(doc.querySelectorAll(ROW_LABEL))) {
    if (!SOLD_BY.has(stripLabel(textOf(label)))) continue;
    const cell = label.nextElementSibling;
    const value = textOrNull(cell?.querySelector('.offer-display-feature-text-message')) ?? blockLines(cell)[0];
    if (value) return value;
  }
  return null;
}

function amazonItself(merchant: Element | null): string | null {
  return AMAZON_ITSELF.exec(textOf(merchant))?.[0] ?? null;
}
