import { compactId, weightedSum, type IdVerdict } from './verdict';

// GB 32100-2015: 18 characters from digits and capitals without I, O, S, V, Z.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
// Authority (1), entity type (1), administrative division (6 digits), organisation code (9), check (1).
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** China's Unified Social Credit Code (统一社会信用代码), the number on a Chinese business licence. */
export function checkUscc(raw: string): IdVerdict {
  const value = compactId(raw);
  if (!SHAPE.test(value)) return 'bad-format';
  const sum = weightedSum(value, WEIGHTS, (c) => ALPHABET.indexOf(c));
  return ALPHABET[(31 - (sum % 31)) % 31] === value[17] ? 'valid' : 'bad-check';
}
