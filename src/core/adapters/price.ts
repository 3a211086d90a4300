import type { Price } from '../model';

const CURRENCY_CODE = /\b(EUR|GBP|PLN|SEK|USD|CHF|CZK|DKK|HUF|NOK|RON|CAD|AUD|NZD|HKD|SGD|MXN)\b/i;
const CURRENCY_SIGNS: readonly (readonly [RegExp, string])[] = [
  [/€/, 'EUR'],
  [/zł/i, 'PLN'],
  [/£/, 'GBP'],
  [/Kč/i, 'CZK'],
  [/\bFt\b/, 'HUF'],
  [/\bkr\b/i, 'SEK'],
  // Dollars named by their country ("US $3,500.00", "C $12", "AU$ 9") before the bare sign.
  [/\bUS\s?\$/i, 'USD'],
  [/\b(?:C|CA|CAN)\s?\$/i, 'CAD'],
  [/\b(?:A|AU)\s?\$/i, 'AUD'],
  [/\bNZ\s?\$/i, 'NZD'],
  [/\bHK\s?\$/i, 'HKD'],
  [/\b(?:S|SG)\s?\$/i, 'SGD'],
  [/\bMX\s?\$/i, 'MXN'],
  [/\$/, 'USD'],
];
const AMOUNT = /\d[\d.,\s]*/;

/**
 * A price as shown ("24,99 €", "EUR 1.299,00", "1 299,00 zł", "£12.99") → amount and currency.
 * A separator followed by one or two digits is the decimal mark; any other groups thousands.
 * Null when there is no amount, or no currency in the text and no `fallbackCurrency` (the site's).
 */
export function parsePrice(text: string | null, fallbackCurrency: string | null = null): Price | null {
  if (!text) return null;
  const raw = AMOUNT.exec(text)?.[0];
  if (!raw) return null;
  const compact = raw.replace(/\s/g, '').replace(/[.,]+$/, '');
  const lastSeparator = Math.max(compact.lastIndexOf(','), compact.lastIndexOf('.'));
  const decimals = lastSeparator < 0 ? 0 : compact.length - lastSeparator - 1;
  const normalized =
    decimals === 1 || decimals === 2
      ? `${compact.slice(0, lastSeparator).replace(/[.,]/g, '')}.${compact.slice(lastSeparator + 1)}`
      : compact.replace(/[.,]/g, '');
  const amount = Number(normalized);
  const currency =
    CURRENCY_CODE.exec(text)?.[1]?.toUpperCase() ??
    CURRENCY_SIGNS.find(([sign]) => sign.test(text))?.[1] ??
    fallbackCurrency;
  return Number.isFinite(amount) && currency ? { amount, currency } : null;
}
