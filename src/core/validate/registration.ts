import { checkKrs, checkNip, checkRegon } from './pl';
import { checkUscc } from './uscc';
import { checkVatNumber, hasVatPrefix } from './vat';
import { compactId, type IdVerdict } from './verdict';

// Register labels sellers write in front of the number; each names the scheme unambiguously.
const SCHEMES: readonly { label: RegExp; check: (value: string) => IdVerdict }[] = [
  { label: /统一社会信用代码|統一社會信用代碼|\bUSCC\b|social credit code/i, check: checkUscc },
  { label: /\bKRS\b/i, check: checkKrs },
  { label: /\bREGON\b/i, check: checkRegon },
  { label: /\bNIP\b/i, check: checkNip },
];

/** The number itself, without label, separators or a remark after it ("KRS: 0000 123 456 (aktywny)" → "0000123456"). */
function numberPart(raw: string, label: RegExp): string {
  return compactId(raw.replace(label, '')).match(/[0-9A-Z]+/)?.[0] ?? '';
}

/**
 * A trade-register number, judged only where its scheme is certain: a label names it, or its shape and
 * the trader's country (alpha-2) leave no doubt. A VAT number shown in the register field is checked as VAT.
 */
export function checkRegistrationNumber(raw: string, country: string | null): IdVerdict {
  for (const scheme of SCHEMES) {
    if (scheme.label.test(raw)) return scheme.check(numberPart(raw, scheme.label));
  }
  const value = compactId(raw);
  if (country === 'CN' && value.length === 18) return checkUscc(value);
  // In Poland 10 digits may be NIP or KRS, so only REGON's 9 or 14 digits are unambiguous.
  if (country === 'PL' && /^(?:\d{9}|\d{14})$/.test(value)) return checkRegon(value);
  // A VAT number has at least 8 digits, which keeps register numbers such as "HRB 12345" (HR = Croatia) out.
  if (hasVatPrefix(raw) && value.replace(/\D/g, '').length >= 8) return checkVatNumber(raw, country);
  return 'unchecked';
}
