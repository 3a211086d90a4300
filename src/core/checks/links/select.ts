import type { LinkKind, LinkSource, PageLink } from '../../model';
import type { JudgedPage } from '../types';

/** Link checks read store pages too: a store page can carry the same contacts and links. */
export const LINK_PAGE_TYPES: readonly JudgedPage['pageType'][] = ['product', 'seller'];

export { LISTING_SOURCES } from '../../links/types';

/** A marketplace page (not an unknown shop, where leaving "the platform" means nothing). */
export function onMarketplace(page: JudgedPage): boolean {
  return page.platform !== null && page.platform !== 'generic';
}

/** Where links are written on the page. Codes decoded from images are reported once, as `links.image-code`. */
export const WRITTEN_SOURCES: readonly LinkSource[] = ['description', 'seller', 'text', 'safety'];

export function linksOf(page: JudgedPage, kinds: readonly LinkKind[], sources?: readonly LinkSource[]): PageLink[] {
  return page.links.filter((l) => kinds.includes(l.kind) && (!sources || sources.includes(l.source)));
}

export function hasReason(link: PageLink, prefix: string): boolean {
  return link.reasons.some((r) => r.startsWith(prefix));
}

/** The values of reasons with a prefix ("shortener:bit.ly" → "bit.ly"), unique. */
export function reasonValues(links: readonly PageLink[], prefix: string): string[] {
  return [
    ...new Set(links.flatMap((l) => l.reasons.filter((r) => r.startsWith(prefix)).map((r) => r.slice(prefix.length)))),
  ];
}

const MAX_EVIDENCE = 10;
const MAX_HREF = 200;

/** "text → href" per link as shown on the page (the text alone when it is the address). */
export function linkEvidence(links: readonly PageLink[]): string[] {
  const lines = links.map((l) => {
    const href = l.href.length > MAX_HREF ? `${l.href.slice(0, MAX_HREF)}…` : l.href;
    return l.text === '' || l.text === l.href ? href : `${l.text} → ${href}`;
  });
  return [...new Set(lines)].slice(0, MAX_EVIDENCE);
}

/** Registrable-domain-ish host of each link, for a finding's detail. */
export function hostsOf(links: readonly PageLink[]): string {
  const hosts = links.map((l) => {
    try {
      return new URL(l.href).hostname || l.href;
    } catch {
      return l.href;
    }
  });
  return [...new Set(hosts)].slice(0, MAX_EVIDENCE).join(', ');
}
