/**
 * What a number's own structure says about it. Only 'bad-format' and 'bad-check' are grounds for
 * a finding; 'unchecked' means Flagpost does not know the scheme and must not judge.
 */
export type IdVerdict = 'valid' | 'bad-format' | 'bad-check' | 'unchecked';

/** Upper case, without the spaces, dots, dashes and slashes people write numbers with. */
export function compactId(raw: string): string {
  return raw.toUpperCase().replace(/[\s.\-/_]+/g, '');
}

/** Digits weighted position by position, summed. */
export function weightedSum(
  digits: string,
  weights: readonly number[],
  valueOf: (c: string) => number = Number,
): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += valueOf(digits.charAt(i)) * (weights[i] ?? 0);
  return sum;
}
