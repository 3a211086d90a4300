import type { CeMarking } from '../model';
import ceProducts from '../terms/ce-products.json';
import { cleanText } from '../text/normalize';
import { termMatcher } from '../text/terms';
import { bodyText, hasBodyText, productNameText, type ListingFacts } from './listing';

const matchClaim = termMatcher(ceProducts.claims);
// The mark itself: "CE" in capitals as a word of its own ("CE", "CE-", "CE0123"), never inside
// "CEO" or "CENA", never French "ce" ("this"). Cyrillic С/Е and Greek Ε look the same to a shopper.
const CE_MARK = /(?<![\p{L}\p{N}])[CСϹ][EЕΕ](?!\p{L})/u;

/**
 * Whether the listing's texts claim CE marking: 'claimed' on any claim, 'absent' when the
 * description was read and has words of its own, with no claim; 'unknown' otherwise. Images may
 * still show the mark; 'absent' means only that the texts don't. A description of images alone
 * (common on AliExpress) was not read in any sense that could tell.
 */
export function deriveCeMarking(facts: ListingFacts): CeMarking {
  const text = `${productNameText(facts)} \n ${bodyText(facts)}`;
  if (CE_MARK.test(cleanText(text).normalize('NFKC')) || matchClaim(text).length > 0) return 'claimed';
  if (facts.unreadable.includes('texts.description') || !hasBodyText(facts)) return 'unknown';
  if (cleanText(facts.texts.description) === '') return 'unknown';
  return 'absent';
}
