import { cleanText } from '../text/normalize';

/**
 * Whether a shown phone number could be dialled: 7 to 15 digits (E.164 allows 15), not all the
 * same digit, written with the usual separators. Deliberately lenient: a wrong "invalid" would
 * accuse a trader, and full numbering plans (libphonenumber) cost ~30 KB gzip.
 */
export function isPlausiblePhone(raw: string | null): boolean {
  if (!raw) return false;
  // Drop a label ("Tel.:") and an extension ("ext. 12", "x12", "转 12").
  const start = cleanText(raw).search(/[+(\d]/);
  if (start < 0) return false;
  const number =
    cleanText(raw)
      .slice(start)
      .split(/\s*(?:ext\.?|x|#|转|分机)\s*\d+\s*$/i)[0] ?? '';
  if (!/^\+?[\d\s().\-/]+$/.test(number)) return false;
  const digits = number.replace(/\D/g, '').replace(/^00/, '');
  return digits.length >= 7 && digits.length <= 15 && !/^(\d)\1+$/.test(digits);
}
