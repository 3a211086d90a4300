import { MARKETPLACE_ADAPTERS } from '../adapters/index';
import type { RawLink } from '../facts';
import type { LinkKind, PageLink } from '../model';
import {
  CONTACT_SCHEMES,
  MESSENGERS,
  REDIRECTOR_HOSTS,
  SHORTENER_HOSTS,
  UNSAFE_SCHEMES,
  messengerByScheme,
} from './data';
import { decodeHost, isHomographLabel, lookAlikeOf } from './homograph';
import { isWarningReason } from './reasons';
import { redirectTarget } from './redirect';
import { urlsInText } from './text-urls';
import { LISTING_SOURCES, type ClassifyLink, type LinkContext } from './types';
import { domainLabel, hostIn, hostOf, isIpHost, parseHref, registrableDomain } from './url';

/**
 * Reason codes (stable, machine-readable). Kind reasons say what the link is; warning reasons
 * make any link suspicious:
 *   scheme:<s>                 unsafe or unusual scheme (javascript, data, intent...)
 *   contact:<s>                mailto:, tel:, sms: (contact details, not suspicious)
 *   messenger:<service>        WhatsApp, Telegram, WeChat...
 *   shortener:<host>           URL shortener
 *   affiliate:<host>           affiliate or redirect service
 *   redirect-param:<name>      a query parameter forwards to another site
 *   redirect-target:<domain>   where that parameter leads
 *   listing:<id>               another listing of the marketplace
 *   idn                        internationalised (punycode) domain; not suspicious on its own
 *   homograph                  a label mixing scripts, or non-Latin letters posing as Latin
 *   look-alike:<brand>         a domain imitating a marketplace's name (aliexpres, amaz0n)
 *   brand-in-subdomain:<dom>   "aliexpress.com.example.ru"
 *   brand-in-domain:<brand>    "aliexpress-outlet.example"
 *   ip-host                    a bare IP address
 *   credentials                user:password@ in the address ("https://amazon.de@evil.example")
 *   text-names-other-domain:<domain>   the visible text names another site than the target
 *   unparsable                 an href no browser would follow
 */
const SUSPICIOUS_KINDS: ReadonlySet<LinkKind> = new Set([
  'other-listing',
  'shortener',
  'affiliate-redirect',
  'messenger',
  'unsafe-scheme',
]);
// A redirect may point at another redirect; follow a few hops, no more (hostile chains).
const MAX_HOPS = 3;

const MARKETPLACE_DOMAINS: readonly string[] = MARKETPLACE_ADAPTERS.flatMap((a) => a.ownDomains);
const MARKETPLACE_NAMES: readonly string[] = [
  ...new Set(MARKETPLACE_DOMAINS.map((d) => domainLabel(d)).filter((n): n is string => !!n)),
];

interface Verdict {
  kind: LinkKind;
  reasons: string[];
  /** Registrable domain the link finally leads to, where it is a web address. */
  domain: string | null;
}

/** Classifies one link into the contract's kinds with reason codes. Never throws. */
export const classifyLink: ClassifyLink = (link, context) => {
  let verdict: Verdict;
  try {
    verdict = judge(link.href, context, MAX_HOPS);
    verdict.reasons.push(...deceptiveText(link, verdict, context));
  } catch {
    verdict = { kind: 'off-platform', reasons: ['unparsable'], domain: null };
  }
  const reasons = [...new Set(verdict.reasons)];
  return {
    href: link.href,
    text: link.text,
    kind: verdict.kind,
    suspicious:
      SUSPICIOUS_KINDS.has(verdict.kind) || reasons.some(isWarningReason) || leavesMarketplace(link, verdict, context),
    reasons,
    source: link.source,
  };
};

/** On a marketplace, a listing that sends buyers to another website is suspicious in itself. */
function leavesMarketplace(link: RawLink, verdict: Verdict, context: LinkContext): boolean {
  const onMarketplace = context.adapter !== null && context.adapter.platform !== 'generic';
  const contact = verdict.reasons.some((r) => r.startsWith('contact:'));
  return onMarketplace && verdict.kind === 'off-platform' && !contact && LISTING_SOURCES.includes(link.source);
}

function judge(href: string, context: LinkContext, hops: number): Verdict {
  const parsed = parseHref(href, context.pageUrl);
  if (!parsed) return { kind: 'off-platform', reasons: ['unparsable'], domain: null };
  const { scheme, url } = parsed;
  if (UNSAFE_SCHEMES.has(scheme)) return { kind: 'unsafe-scheme', reasons: [`scheme:${scheme}`], domain: null };
  const bySchema = messengerByScheme(scheme);
  if (bySchema) return { kind: 'messenger', reasons: [`messenger:${bySchema.name}`], domain: null };
  if (CONTACT_SCHEMES.has(scheme)) return { kind: 'off-platform', reasons: [`contact:${scheme}`], domain: null };
  if (scheme !== 'http' && scheme !== 'https') {
    return { kind: 'off-platform', reasons: [`scheme:${scheme}`], domain: null };
  }
  if (!url || url.hostname === '') return { kind: 'off-platform', reasons: ['unparsable'], domain: null };

  const host = hostOf(url);
  const domain = registrableDomain(host);
  const own = ownDomains(context);
  const isOwn = domain !== null && own.includes(domain);
  const warnings = hostWarnings(url, host, domain, isOwn, context);
  const verdict = (kind: LinkKind, ...reasons: string[]): Verdict => ({
    kind,
    reasons: [...reasons, ...warnings],
    domain,
  });

  const messenger = MESSENGERS.find((m) => hostIn(host, m.hosts));
  if (messenger) return verdict('messenger', `messenger:${messenger.name}`);
  const shortener = hostIn(host, SHORTENER_HOSTS);
  if (shortener) return verdict('shortener', `shortener:${shortener}`);

  const redirector = hostIn(host, REDIRECTOR_HOSTS);
  const forward = redirectTarget(url);
  if (redirector || forward) {
    const result = verdict('affiliate-redirect');
    if (redirector) result.reasons.unshift(`affiliate:${redirector}`);
    if (forward && hops > 0) {
      const inner = judge(forward.target.href, context, hops - 1);
      const targetDomain = inner.domain ?? forward.target.hostname;
      result.reasons.push(`redirect-param:${forward.param}`, `redirect-target:${targetDomain}`, ...inner.reasons);
      result.domain = inner.domain;
      // Where the chain ends in a messenger or a script, that is what the buyer gets.
      if (inner.kind === 'messenger' || inner.kind === 'unsafe-scheme') result.kind = inner.kind;
    }
    return result;
  }

  if (isOwn) {
    const id = listingId(context, url);
    if (id !== null && id !== listingId(context, context.pageUrl)) return verdict('other-listing', `listing:${id}`);
    return verdict('same-platform');
  }
  return verdict('off-platform');
}

/** The marketplace's registrable domains, and always the page's own. */
function ownDomains(context: LinkContext): string[] {
  const page = registrableDomain(hostOf(context.pageUrl));
  return [...(context.adapter?.ownDomains ?? []), ...(page ? [page] : [])];
}

function listingId(context: LinkContext, url: URL): string | null {
  try {
    return context.adapter?.listingIdOf(url) ?? null;
  } catch {
    return null;
  }
}

function hostWarnings(url: URL, host: string, domain: string | null, isOwn: boolean, context: LinkContext): string[] {
  const reasons: string[] = [];
  if (url.username !== '' || url.password !== '') reasons.push('credentials');
  if (isIpHost(host)) {
    reasons.push('ip-host');
    return reasons;
  }
  const names = decodeHost(host);
  if (names.idn) reasons.push('idn');
  if (names.invalid || names.labels.some(isHomographLabel)) reasons.push('homograph');
  if (isOwn || domain === null) return reasons;

  const pageLabel = domainLabel(hostOf(context.pageUrl));
  const brands = pageLabel ? [...MARKETPLACE_NAMES, pageLabel] : MARKETPLACE_NAMES;
  const label = decodeHost(domainLabel(host) ?? '').labels.join('.');
  const imitated = lookAlikeOf(label, brands);
  if (imitated) reasons.push(`look-alike:${imitated}`);
  const subdomain = host.slice(0, host.length - domain.length);
  const spoofed = MARKETPLACE_DOMAINS.find((d) => d !== domain && subdomain.includes(`${d}.`));
  if (spoofed) reasons.push(`brand-in-subdomain:${spoofed}`);
  const tokens = label.split('-');
  const named = tokens.length > 1 ? MARKETPLACE_NAMES.find((n) => n.length >= 4 && tokens.includes(n)) : undefined;
  if (named) reasons.push(`brand-in-domain:${named}`);
  return reasons;
}

/** Domains the visible text names that are neither where the link goes nor the marketplace's own. */
function deceptiveText(link: RawLink, verdict: Verdict, context: LinkContext): string[] {
  // A code decoded from an image carries the image's address as its text: nothing a person reads.
  if (link.text === '' || link.source === 'image') return [];
  // Contact and messenger links have no site to compare with; a script link names none honestly.
  if (verdict.domain === null && verdict.kind !== 'unsafe-scheme') return [];
  const parsed = parseHref(link.href, context.pageUrl)?.url;
  const linkDomain = parsed && parsed.hostname !== '' ? registrableDomain(hostOf(parsed)) : null;
  const honest = new Set([verdict.domain, linkDomain].filter((d): d is string => d !== null));
  const own = ownDomains(context);
  const reasons: string[] = [];
  for (const named of urlsInText(link.text)) {
    if (!named.domain || honest.has(named.domain)) continue;
    if (own.includes(named.domain) && [...honest].some((d) => own.includes(d))) continue;
    reasons.push(`text-names-other-domain:${named.domain}`);
  }
  return reasons;
}
