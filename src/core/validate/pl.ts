import { compactId, weightedSum, type IdVerdict } from './verdict';

/** Polish tax number (NIP): 10 digits, the last a weighted mod-11 check. */
export function checkNip(raw: string): IdVerdict {
  const value = compactId(raw).replace(/^PL/, '');
  if (!/^\d{10}$/.test(value)) return 'bad-format';
  const check = weightedSum(value, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
  return check !== 10 && check === Number(value[9]) ? 'valid' : 'bad-check';
}

function regonCheck(value: string, weights: readonly number[]): boolean {
  return (weightedSum(value, weights) % 11) % 10 === Number(value[weights.length]);
}

/** Polish statistical number (REGON): 9 digits, or 14 for a local unit (whose first 9 are a REGON too). */
export function checkRegon(raw: string): IdVerdict {
  const value = compactId(raw);
  if (!/^(?:\d{9}|\d{14})$/.test(value)) return 'bad-format';
  const base = regonCheck(value, [8, 9, 2, 3, 4, 5, 6, 7]);
  const local = value.length === 9 || regonCheck(value, [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8]);
  return base && local ? 'valid' : 'bad-check';
}

/** Polish court register (KRS) number: 10 digits, no check digit, so only the format can be wrong. */
export function checkKrs(raw: string): IdVerdict {
  return /^\d{10}$/.test(compactId(raw)) ? 'valid' : 'bad-format';
}
