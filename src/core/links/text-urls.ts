import { MESSENGERS } from './data';
import { registrableDomain, tryUrl } from './url';

/** An address written as text: "https://bit.ly/x", "www.shop.example", "my-shop.de/sale", "weixin://…". */
export interface TextUrl {
  /** As written. */
  text: string;
  /** Absolute form. */
  href: string;
  /** Registrable domain, null for messenger schemes. */
  domain: string | null;
}

// Bare "name.tld" without scheme or www counts only for these endings, so that abbreviations,
// file names and missing spaces ("Art.no", "setup.exe", "quality.Best") are not taken for sites.
const BARE_TLDS = new Set(
  (
    'com net org info biz shop store online site top xyz io co me app club vip live link ltd eu ' +
    'de at ch fr es it nl be lu pl cz sk hu ro bg gr pt ie dk se fi ee lv lt si hr cy mt uk ' +
    'cn hk tw ru ua tr us ca au jp kr sg ae to ly gl gd cc tv ws gg'
  ).split(' '),
);

const URL_CHARS = String.raw`[^\s<>"'()\[\]{}]`;
const SCHEMES = ['https?', ...MESSENGERS.flatMap((m) => m.schemes)].join('|');
// Every quantifier is bounded and labels cannot overlap their dots: linear on any input.
const PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${SCHEMES}):\/\/${URL_CHARS}{1,2048}` +
    String.raw`|(?<![\p{L}\p{N}@._\-\/])(?:www\.)?(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.){1,4}[a-z]{2,18}(?![\p{L}\p{N}\-])(?:[\/?#]${URL_CHARS}{0,1024})?`,
  'giu',
);
const TRAILING_PUNCTUATION = /[.,;:!?…»'"]+$/u;

/** Addresses written in plain text, in order of appearance. Never throws. */
export function urlsInText(text: string): TextUrl[] {
  const found: TextUrl[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const written = match[0].replace(TRAILING_PUNCTUATION, '');
    const url = toUrl(written);
    if (url) found.push(url);
  }
  return found;
}

function toUrl(written: string): TextUrl | null {
  const schemeEnd = written.indexOf('://');
  if (schemeEnd > 0 && !/[./]/.test(written.slice(0, schemeEnd))) {
    const url = tryUrl(written);
    if (!url) return null;
    const isWeb = url.protocol === 'http:' || url.protocol === 'https:';
    return { text: written, href: url.href, domain: isWeb ? registrableDomain(url.hostname) : null };
  }
  const host = written.split(/[/?#]/, 1)[0] ?? '';
  if (!plausibleBareHost(host)) return null;
  const url = tryUrl(`https://${written}`);
  const domain = url ? registrableDomain(url.hostname) : null;
  return url && domain ? { text: written, href: url.href, domain } : null;
}

function plausibleBareHost(host: string): boolean {
  if (/^www\./i.test(host)) return true;
  // "quality.Best" is a missing space, "ASP.NET" a name; "shop.de" and "Shop.de" are addresses.
  const tld = host.slice(host.lastIndexOf('.') + 1);
  return tld === tld.toLowerCase() && BARE_TLDS.has(tld);
}
