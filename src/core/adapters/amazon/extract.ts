import { emptyExtraction, emptyTrader, SECTION_FIELDS, type Extraction } from '../../facts';
import type { Trader } from '../../model';
import labels from '../../terms/labels-amazon.json';
import { labelsFor } from '../../terms/labels';
import { cleanOrNull } from '../../text/normalize';
import { detectCountry } from '../../validate/country';
import { blockLines, first, labelSet, linksIn, pageLanguage, stripLabel, textOf, textOrNull } from '../dom';
import { IDENTITY_FIELDS, readSafetySection, safetyHeadings, siteCurrency } from '../line-blocks';
import { anyLanguageSet } from '../labelled-fields';
import { identifiersFrom, specsBySibling, specsText, specValue } from '../specs';
import { imageUrls, imagesIn } from '../images';
import { readBuyBoxPrice, readBuyBoxSeller } from './buy-box';
import { asinOf, sellerIdOf, sellerProfileUrl, SITE_CURRENCY } from './urls';

const LABELS = {
  legalName: labelSet(labelsFor('legalName', labels.legalName)),
  businessAddress: anyLanguageSet(labels.businessAddress),
  email: labelSet(labelsFor('email', labels.email)),
  phone: labelSet(labelsFor('phone', labels.phone)),
  registrationNumber: labelSet(labelsFor('registrationNumber', labels.registrationNumber)),
  vatNumber: labelSet(labelsFor('vatNumber', labels.vatNumber)),
  brand: anyLanguageSet(labels.brand),
  model: anyLanguageSet(labels.model),
  gtin: anyLanguageSet(labels.gtin),
  specManufacturer: anyLanguageSet(labels.specManufacturer),
};
const SAFETY_HEADINGS = safetyHeadings(labels);

// The seller's legal details: on the seller profile, and preloaded in the product page's seller popover.
const SELLER_DETAIL = '#page-section-detail-seller-info';
const SAFETY = ['#productSafety_feature_div', '[data-feature-name="productSafety"]'];
const SAFETY_HEADING = 'h2, h3, h4, h5, .a-text-bold';
// Only the seller's own content: carousels ("Kunden kauften auch", sponsored) live outside these.
const DESCRIPTION = ['#feature-bullets', '#productDescription', '#aplus', '#bookDescription_feature_div'];
/** The image gallery: the main image and its thumbnails (recommendation carousels are elsewhere). */
const GALLERY = ['#imageBlock_feature_div', '#imgTagWrapperId', '#altImages'];

/** Gallery and description images at full size: "71K2M4QXL._AC_SX679_.jpg" is a resized "71K2M4QXL.jpg". */
function listingImages(doc: Document, descriptionRoots: readonly Element[], base: URL): string[] {
  return imageUrls(imagesIn([first(doc, GALLERY), ...descriptionRoots]), base, (url) =>
    url.href.replace(/\._[^/]*_(\.(?:jpe?g|png|gif|webp))$/i, '$1'),
  );
}
const SPECS = [
  '#productDetails_techSpec_section_1',
  '#productDetails_detailBullets_sections1',
  '#detailBullets_feature_div',
];
const SPEC_LABEL = 'th, .a-text-bold';
const BREADCRUMBS = '#wayfinding-breadcrumbs_feature_div';
/** Amazon's own controls inside the description: "read more" toggles, "all product descriptions". */
function isInterfaceLink(link: Element): boolean {
  if (link.matches('[data-action], .a-declarative, [role="button"]')) return true;
  return /\/dp\/product-description\//.test(link.getAttribute('href') ?? '');
}
const ABOUT_SELLER = ['#spp-expander-about-seller', '#about-seller'];

/** A product page: listing, seller (buy box and popover), product safety section, description. */
export function extractProduct(doc: Document, url: URL): Extraction {
  const extraction = emptyExtraction();
  const { unreadable } = extraction;
  extraction.language = pageLanguage(doc);

  const title = doc.getElementById('productTitle');
  if (!title) unreadable.push('listing.title');
  const price = readBuyBoxPrice(doc, siteCurrency(url, SITE_CURRENCY));
  if (!price.found) unreadable.push('listing.price');
  const category = categoryOf(doc.querySelector(BREADCRUMBS));
  if (category.length === 0) unreadable.push('listing.category');
  extraction.listing = {
    id: asinOf(url) ?? cleanOrNull(doc.querySelector('input#ASIN')?.getAttribute('value')),
    title: textOrNull(title),
    price: price.price,
    category,
  };

  const seller = readBuyBoxSeller(doc, url);
  const detail = readSellerDetail(doc);
  extraction.trader = { ...detail.trader, name: seller.name, storeId: seller.storeId, storeUrl: seller.storeUrl };
  if (!seller.found) unreadable.push('trader.name');
  if (!detail.found) unreadable.push(...IDENTITY_FIELDS);

  const specRoots = SPECS.map((s) => doc.querySelector(s)).filter((el): el is Element => el !== null);
  const specs = specRoots.flatMap((root) => specsBySibling(root, SPEC_LABEL));
  // Without a manufacturer block, the details table may still name the manufacturer.
  const safety = readSafetySection(
    first(doc, SAFETY),
    SAFETY_HEADING,
    SAFETY_HEADINGS,
    specValue(specs, LABELS.specManufacturer),
  );
  unreadable.push(...safety.unreadable);
  extraction.safety = { ...safety.facts, identifiers: identifiersFrom(specs, LABELS) };

  const descriptionRoots = DESCRIPTION.map((s) => doc.querySelector(s)).filter((el): el is Element => el !== null);
  if (descriptionRoots.length === 0) unreadable.push(...SECTION_FIELDS.description);
  extraction.links = [
    ...descriptionRoots.flatMap((root) => linksIn(root, 'description', url, isInterfaceLink)),
    ...seller.links,
  ];
  extraction.images = listingImages(doc, descriptionRoots, url);

  extraction.texts = {
    title: textOf(title),
    description: descriptionRoots.map((root) => blockLines(root).join('\n')).join('\n'),
    specs: specsText(specs),
    seller: [seller.text, detail.text].filter(Boolean).join('\n'),
    safety: safety.text,
  };
  return extraction;
}

/** A seller profile (/sp?seller=…): the seller's name and legal details, links in "about the seller". */
export function extractSellerProfile(doc: Document, url: URL): Extraction {
  const extraction = emptyExtraction();
  extraction.language = pageLanguage(doc);
  const detail = readSellerDetail(doc);
  const name = doc.getElementById('seller-name');
  const storeId = sellerIdOf(url);
  extraction.trader = {
    ...detail.trader,
    name: textOrNull(name),
    storeId,
    storeUrl: storeId ? sellerProfileUrl(url, storeId) : null,
  };
  if (!name) extraction.unreadable.push('trader.name');
  if (!detail.found) extraction.unreadable.push(...IDENTITY_FIELDS);
  const about = first(doc, ABOUT_SELLER);
  extraction.links = linksIn(about, 'seller', url);
  extraction.texts.seller = [textOf(about), detail.text].filter(Boolean).join('\n');
  return extraction;
}

interface SellerDetail {
  found: boolean;
  trader: Trader;
  text: string;
}

/** "Impressum & Info zum Verkäufer" rows: "Geschäftsname: …", the address as indented lines ending with the country code. */
function readSellerDetail(doc: Document): SellerDetail {
  const section = doc.querySelector(SELLER_DETAIL);
  const trader = emptyTrader();
  if (!section) return { found: false, trader, text: '' };
  const rows = specsBySibling(section, '.a-text-bold');
  const addressLines = readAddressLines(section);
  const lastLine = addressLines[addressLines.length - 1] ?? '';
  const address = cleanOrNull(addressLines.join(', '));
  return {
    found: true,
    trader: {
      ...trader,
      legalName: specValue(rows, LABELS.legalName),
      address,
      country: /^[A-Z]{2}$/.test(lastLine) ? lastLine : detectCountry(address),
      email: specValue(rows, LABELS.email),
      phone: specValue(rows, LABELS.phone),
      registrationNumber: specValue(rows, LABELS.registrationNumber),
      vatNumber: specValue(rows, LABELS.vatNumber),
      // Amazon shows this block for business sellers only.
      status: 'trader',
    },
    text: blockLines(section).join('\n'),
  };
}

/** The rows indented under the "Geschäftsadresse:" row (or its value, when on the same row). */
function readAddressLines(section: Element): string[] {
  for (const label of Array.from(section.querySelectorAll('.a-text-bold'))) {
    if (!LABELS.businessAddress.has(stripLabel(textOf(label)))) continue;
    const inline = textOf(label.nextElementSibling);
    if (inline) return [inline];
    const lines: string[] = [];
    let row = label.closest('.a-row')?.nextElementSibling ?? null;
    for (; row && row.classList.contains('indent-left'); row = row.nextElementSibling) {
      const line = textOf(row);
      if (line) lines.push(line);
    }
    return lines;
  }
  return [];
}

/** Breadcrumb names; a "back to results" link in their place names no category. */
function categoryOf(breadcrumbs: Element | null): string[] {
  if (!breadcrumbs) return [];
  return Array.from(breadcrumbs.querySelectorAll('li a'))
    .filter((a) => a.id !== 'breadcrumb-back-link' && !/\/s\?/.test(a.getAttribute('href') ?? ''))
    .map(textOf)
    .filter(Boolean);
}
