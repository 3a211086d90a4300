import { emptyExtraction, emptyTrader, SECTION_FIELDS, type Extraction, type RawLink } from '../../facts';
import type { Trader, TraderStatus } from '../../model';
import labels from '../../terms/labels-ebay.json';
import { labelsFor } from '../../terms/labels';
import { cleanOrNull, foldForMatching } from '../../text/normalize';
import { detectCountry } from '../../validate/country';
import { blockLines, first, resolveUrl, labelledValue, linksIn, pageLanguage, textOf, textOrNull } from '../dom';
import { IDENTITY_FIELDS, readSafetySection, safetyHeadings, siteCurrency } from '../line-blocks';
import { anyLanguageSet } from '../labelled-fields';
import { identifiersFrom, specsBySibling, specsText } from '../specs';
import { imageUrls, imagesIn } from '../images';
import { parsePrice } from '../price';
import { itemIdOf, sellerOfLink, SITE_CURRENCY, storeOf } from './urls';

const CONTACT_LABELS = {
  email: labelsFor('email', labels.email),
  phone: labelsFor('phone', labels.phone),
  registrationNumber: labelsFor('registrationNumber', labels.registrationNumber),
  vatNumber: labelsFor('vatNumber', labels.vatNumber),
};
const IDENTIFIER_LABELS = {
  brand: anyLanguageSet(labels.brand),
  model: anyLanguageSet(labels.model),
  gtin: anyLanguageSet(labels.gtin),
};
const SAFETY_HEADINGS = safetyHeadings(labels);
const PRIVATE_SELLER = [...anyLanguageSet(labels.privateSeller)];

// The current layout, then the one before 2020 (#itemTitle, #prcIsum...).
const TITLE = ['h1.x-item-title__mainTitle', '.x-item-title__mainTitle', '#itemTitle'];
/** Text eBay hides from sight but keeps for screen readers ("Details about"). */
const HIDDEN = '.g-hdn, .clipped, [hidden]';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
// Buy-it-now or current bid, whichever the item shows first.
const PRICE = ['.x-price-primary', '#prcIsum', '#mm-saleDscPrc', '#prcIsum_bidPrice'];
const ITEM_ID = '.ux-layout-section__textual-display--itemId .ux-textspans--BOLD';
const BREADCRUMBS = ['nav.breadcrumbs', '.seo-breadcrumbs-container', '#vi-VR-brumb-lnkLst'];
const SELLER_CARD = ['.x-sellercard-atf', '[data-testid="x-sellercard-atf"]', '[data-testid="ux-seller-section"]', '.si-inner'];
const SELLER_LINK = ['.x-sellercard-atf__info__about-seller a[href]', '#mbgLink', 'a[href*="/usr/"]'];
/** The seller's store, where the card links one besides the seller ("Visit store"). */
const STORE_LINK = 'a[href*="/str/"], a[href*="//stores.ebay."]';
// Business sellers' legal details: a block of .ux-section parts (name and address first, then contact, VAT, register).
const BUSINESS_SELLER = ['.d-business-seller', '.str-business-details'];
const SAFETY = ['.d-product-safety', '[data-testid="x-product-safety"]'];
const SECTION_TITLE = '.ux-section__title';
const SPECS = ['#viTabs_0_is', '.x-about-this-item', '[data-testid="x-about-this-item"]'];
/**
 * The seller's description normally loads in an iframe from ebaydesc.com (#desc_ifr), which a page
 * script cannot read. When its content is in the document (#ds_div, inlined by eBay's own "inline
 * description" view or by a saved page) its text and links are read here; otherwise the description
 * and its links are unreadable until the frame itself reports them (description-frame.ts), never empty.
 * The frame's document holds the same elements.
 */
export const DESCRIPTION = ['#ds_div', '.x-item-description-child'];
/** The item's picture carousel (the "similar items" carousels are other .carousel elements). */
const GALLERY = ['.ux-image-carousel-container', '.ux-image-carousel', '#PicturePanel'];

/** An image at full size: "…/s-l500.jpg" is the 500-pixel copy of "…/s-l1600.jpg". */
export function fullSizeImage(url: URL): string {
  return url.href.replace(/\/s-l\d+(\.(?:jpe?g|png|webp))$/i, '/s-l1600$1');
}

/** Gallery and description images at full size. */
function listingImages(doc: Document, description: Element | null, base: URL): string[] {
  return imageUrls(imagesIn([first(doc, GALLERY), description]), base, fullSizeImage);
}
const STORE_NAME = ['.str-seller-card__store-name', 'h1.str-title'];

/** An item page (/itm/…): listing, seller card and business details, product safety, specifics, description. */
export function extractItem(doc: Document, url: URL): Extraction {
  const extraction = emptyExtraction();
  const { unreadable } = extraction;
  extraction.language = pageLanguage(doc);

  const title = first(doc, TITLE);
  if (!title) unreadable.push('listing.title');
  const price = first(doc, PRICE);
  if (!price) unreadable.push('listing.price');
  const breadcrumbs = first(doc, BREADCRUMBS);
  if (!breadcrumbs) unreadable.push('listing.category');
  extraction.listing = {
    id: itemIdOf(url) ?? textOrNull(doc.querySelector(ITEM_ID)),
    title: visibleText(title),
    price: parsePrice(textOrNull(price), siteCurrency(url, SITE_CURRENCY)),
    category: breadcrumbs ? categoryOf(breadcrumbs, url) : [],
  };

  const card = first(doc, SELLER_CARD);
  const link = card ? first(card, SELLER_LINK) : null;
  const target = resolveUrl(link?.getAttribute('href'), url);
  const store = target ? sellerOfLink(target) : null;
  const business = readBusinessSeller(doc, sellerStatus(card));
  extraction.trader = {
    ...business.trader,
    name: textOrNull(link),
    storeId: store?.id ?? null,
    storeUrl: store?.url ?? null,
  };
  if (!card) unreadable.push('trader.name');
  if (!business.found) unreadable.push(...IDENTITY_FIELDS);

  const specs = specsBySibling(first(doc, SPECS), 'dt');
  const safety = readSafetySection(first(doc, SAFETY), SECTION_TITLE, SAFETY_HEADINGS);
  unreadable.push(...safety.unreadable);
  extraction.safety = { ...safety.facts, identifiers: identifiersFrom(specs, IDENTIFIER_LABELS) };

  const description = first(doc, DESCRIPTION);
  if (!description) unreadable.push(...SECTION_FIELDS.description);
  extraction.links = [...linksIn(description, 'description', url), ...sellerLinks(card, link, url)];
  extraction.images = listingImages(doc, description, url);

  extraction.texts = {
    title: visibleText(title) ?? '',
    description: description ? blockLines(description).join('\n') : '',
    specs: specsText(specs),
    seller: [textOf(card), business.text].filter(Boolean).join('\n'),
    safety: safety.text,
  };
  return extraction;
}

/** A store or member page (/str/…, /usr/…): the store's name and, for business sellers, their legal details. */
export function extractStore(doc: Document, url: URL): Extraction {
  const extraction = emptyExtraction();
  extraction.language = pageLanguage(doc);
  const store = storeOf(url);
  const name = first(doc, STORE_NAME);
  const business = readBusinessSeller(doc, 'unknown');
  extraction.trader = {
    ...business.trader,
    name: textOrNull(name),
    storeId: store?.id ?? null,
    storeUrl: store?.url ?? null,
  };
  if (!name) extraction.unreadable.push('trader.name');
  if (!business.found) extraction.unreadable.push(...IDENTITY_FIELDS);
  extraction.texts.seller = business.text;
  return extraction;
}

/**
 * Breadcrumb names, each once (narrow layouts repeat them in a menu), without the link back to the
 * site's home page nor the closing "see more <product>" link to the catalogue page (/p/…).
 */
function categoryOf(breadcrumbs: Element, url: URL): string[] {
  const names = Array.from(breadcrumbs.querySelectorAll('li a'))
    .filter((a) => {
      const path = resolveUrl(a.getAttribute('href'), url)?.pathname ?? '';
      return path !== '/' && !path.startsWith('/p/');
    })
    .map(textOf)
    .filter(Boolean);
  return [...new Set(names)];
}

/**
 * A title's text without the parts eBay hides from sight (and its comments), nor a dash left dangling
 * at the end (a "-" subtitle span on translated listings).
 */
function visibleText(el: Element | null): string | null {
  if (!el) return null;
  const parts = Array.from(el.childNodes).filter(
    (node) => node.nodeType === TEXT_NODE || (node.nodeType === ELEMENT_NODE && !(node as Element).matches(HIDDEN)),
  );
  return cleanOrNull(parts.map((node) => node.textContent ?? '').join(' ').replace(/[\s\-–—|]+$/, ''));
}

/**
 * The seller card's links to the seller's member page and store: links of the listing, on the platform.
 * A link to the seller's other items is a search, not their page: not listed.
 */
function sellerLinks(card: Element | null, sellerLink: Element | null, url: URL): RawLink[] {
  const links = [sellerLink, card?.querySelector(STORE_LINK) ?? null].filter((a): a is Element => a !== null);
  return [...new Set(links)].flatMap((a) => {
    const target = resolveUrl(a.getAttribute('href'), url);
    const isStorePage = target !== null && (storeOf(target) !== null || /^stores\.ebay\./.test(target.hostname));
    return isStorePage ? [{ href: target.href, text: textOf(a), source: 'seller' as const }] : [];
  });
}

/** "Privatverkäufer" / "Vendeur particulier" on the seller card; otherwise the business block decides. */
function sellerStatus(card: Element | null): TraderStatus {
  const text = foldForMatching(textOf(card));
  return PRIVATE_SELLER.some((label) => text.includes(label)) ? 'private' : 'unknown';
}

interface BusinessSeller {
  found: boolean;
  trader: Trader;
  text: string;
}

/**
 * The business-seller block: its first section holds the legal name and the address lines (the last
 * one the country), the following ones "Telefon: …", "E-Mail: …", the VAT and register numbers.
 * A private seller has no such block: their identity fields are then absent, not unreadable.
 */
function readBusinessSeller(doc: Document, status: TraderStatus): BusinessSeller {
  const block = first(doc, BUSINESS_SELLER);
  if (!block) return { found: status === 'private', trader: { ...emptyTrader(), status }, text: '' };
  const nameAndAddress = block.querySelector('.ux-section');
  const lines = Array.from(nameAndAddress?.querySelectorAll('.ux-section__item') ?? []).flatMap(blockLines);
  const [legalName, ...addressLines] = lines;
  const address = cleanOrNull(addressLines.join(', '));
  return {
    found: true,
    trader: {
      ...emptyTrader(),
      legalName: legalName ?? null,
      address,
      country: detectCountry(address),
      email: labelledValue(block, CONTACT_LABELS.email),
      phone: labelledValue(block, CONTACT_LABELS.phone),
      registrationNumber: labelledValue(block, CONTACT_LABELS.registrationNumber),
      vatNumber: labelledValue(block, CONTACT_LABELS.vatNumber),
      status: 'trader',
    },
    text: blockLines(block).join('\n'),
  };
}
