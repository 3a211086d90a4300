import {
  austria,
  belgium,
  bulgaria,
  checkVAT,
  croatia,
  cyprus,
  czechRepublic,
  denmark,
  estonia,
  europe,
  finland,
  france,
  germany,
  greece,
  hungary,
  ireland,
  italy,
  latvia,
  lithuania,
  luxembourg,
  malta,
  netherlands,
  poland,
  portugal,
  romania,
  slovakiaRepublic,
  slovenia,
  spain,
  sweden,
  unitedKingdom,
  type Country,
} from 'jsvat';
import { compactId, type IdVerdict } from './verdict';

// The 27 member states, the EU's OSS scheme ("EU…") and GB (Northern Ireland's "XI" numbers are GB
// numbers): the numbers sellers on EU marketplaces show. Other schemes (CH, NO…) stay unchecked.
const VAT_COUNTRIES: readonly Country[] = [
  austria,
  belgium,
  bulgaria,
  croatia,
  cyprus,
  czechRepublic,
  denmark,
  estonia,
  finland,
  france,
  germany,
  greece,
  hungary,
  ireland,
  italy,
  latvia,
  lithuania,
  luxembourg,
  malta,
  netherlands,
  poland,
  portugal,
  romania,
  slovakiaRepublic,
  slovenia,
  spain,
  sweden,
  europe,
  unitedKingdom,
];

/** VAT prefixes: ISO alpha-2 except Greece, whose VAT prefix is EL. */
const PREFIXES: ReadonlySet<string> = new Set(
  VAT_COUNTRIES.flatMap((c) => c.codes.filter((code) => /^[A-Z]{2}$/.test(code)))
    .filter((code) => code !== 'GR')
    .concat('EL', 'XI'),
);

// Labels sellers write in front of the number ("USt-IdNr.: DE…", "P.IVA 0123…").
const LABEL =
  /^(?:vat(?:\s*(?:id|no|nr|number|reg(?:istration)?(?:\s*no)?))?|ust-?id(?:nr)?|tva(?:\s*intracom(?:munautaire)?)?|n°\s*tva|p\.?\s*iva|iva|btw(?:-id)?|nif|cif|nip(?:\s*ue)?)\.?\s*[:：#]?\s*/i;

/** Whether a number written as shown has a plausible VAT prefix, so it can be told apart from register numbers. */
export function hasVatPrefix(raw: string): boolean {
  return PREFIXES.has(compactId(raw.replace(LABEL, '')).slice(0, 2));
}

/**
 * Format and check digit of a VAT identification number. `country` (alpha-2, e.g. the trader's)
 * supplies the prefix when the page shows the number without one; GR is accepted for EL.
 */
export function checkVatNumber(raw: string, country: string | null): IdVerdict {
  // The number only: what follows it ("(verified)", ", USt-ID") is not part of it.
  let value = compactId(raw.replace(LABEL, '')).match(/[0-9A-Z+*]+/)?.[0] ?? '';
  if (value.startsWith('GR')) value = `EL${value.slice(2)}`;
  if (value.startsWith('XI')) value = `GB${value.slice(2)}`;
  if (!/^[A-Z]{2}/.test(value)) {
    const prefix = country === 'GR' ? 'EL' : country === 'XI' ? 'GB' : country?.toUpperCase();
    if (!prefix || !PREFIXES.has(prefix)) return 'unchecked';
    value = prefix + value;
  }
  if (!PREFIXES.has(value.slice(0, 2))) return 'unchecked';
  const result = checkVAT(value, VAT_COUNTRIES);
  if (!result.isSupportedCountry) return 'unchecked';
  if (!result.isValidFormat) return 'bad-format';
  return result.isValid ? 'valid' : 'bad-check';
}
