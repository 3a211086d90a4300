/** Lower case, no accents, letters and digits only: "XJ-200 B" and "xj200b" are the same model. */
export function normaliseCode(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Placeholders that alerts and listings use for "no brand" or "no model": never matched. */
const PLACEHOLDERS = new Set([
  'unknown',
  'unbekannt',
  'inconnu',
  'nobrand',
  'nomodel',
  'na',
  'none',
  'generic',
  'notknown',
  'nd',
]);

/** A brand as a key, or null when it is a placeholder. */
export function brandKey(brand: string | null): string | null {
  if (!brand) return null;
  const key = normaliseCode(brand);
  return key.length >= 2 && !PLACEHOLDERS.has(key) ? key : null;
}

/**
 * The model or type numbers a field names, as keys. Alerts list several ("AB-1; AB-2", "AB-1, AB-2",
 * "AB-1 / AB-2"); keys shorter than 3 characters or without a digit are too common to match on.
 */
export function modelKeys(model: string | null): string[] {
  if (!model) return [];
  const keys = model
    .split(/[;,\n]|\s\/\s|\s+(?:and|und|et|y|e|en|i|oraz)\s+/i)
    .map(normaliseCode)
    .filter((key) => key.length >= 3 && /\d/.test(key) && !PLACEHOLDERS.has(key));
  return [...new Set(keys)];
}

function hasValidCheckDigit(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 2, weight = 3; i >= 0; i--, weight = 4 - weight) sum += Number(digits[i]) * weight;
  return (10 - (sum % 10)) % 10 === Number(digits[digits.length - 1]);
}

/** A GTIN-8/12/13/14 as 14 digits, or null when it is not one (wrong length or check digit). */
export function gtinKey(value: string): string | null {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^(\d{8}|\d{12,14})$/.test(digits) || !hasValidCheckDigit(digits) || /^0+$/.test(digits)) return null;
  return digits.padStart(14, '0');
}

/** Every valid GTIN written in a free-text field ("EAN 4 012345 678901; 4012345678918"). */
export function gtinsIn(text: string | null): string[] {
  if (!text) return [];
  const candidates = text.match(/\d[\d -]*\d/g) ?? [];
  const keys = candidates.flatMap((candidate) => {
    const whole = gtinKey(candidate);
    // "4012345678901 4012345678918" is two codes, not one long one.
    return whole ? [whole] : candidate.split(/\s+/).map(gtinKey);
  });
  return [...new Set(keys.filter((key): key is string => key !== null))];
}
