/**
 * Message key and substitutions that explain a link reason code in the user's language
 * ("shortener:bit.ly" → link_reason_shortener with ["bit.ly"]); see src/locales/<lang>/links.json.
 */
export function reasonMessage(reason: string): { key: string; substitutions: string[] } {
  const colon = reason.indexOf(':');
  const code = colon < 0 ? reason : reason.slice(0, colon);
  const value = colon < 0 ? [] : [reason.slice(colon + 1)];
  return { key: `link_reason_${code.replace(/-/g, '_')}`, substitutions: value };
}

/** Message key of a link kind's name ("affiliate-redirect" → link_kind_affiliate_redirect). */
export function linkKindMessageKey(kind: string): string {
  return `link_kind_${kind.replace(/-/g, '_')}`;
}

// Reasons that make any link suspicious, whatever its kind (see the codes in classify.ts).
const WARNING_PREFIXES = [
  'scheme:',
  'redirect-param:',
  'homograph',
  'look-alike:',
  'brand-in-subdomain:',
  'brand-in-domain:',
  'ip-host',
  'credentials',
  'text-names-other-domain:',
  'unparsable',
] as const;

export function isWarningReason(reason: string): boolean {
  return WARNING_PREFIXES.some((prefix) => reason.startsWith(prefix));
}
