import browser from 'webextension-polyfill';
import { adapterForUrl } from '../../core/adapters/index';
import { classifyLink } from '../../core/links/classify';
import type { PageLink } from '../../core/model';
import { resolveChain, type Chain } from './chain';
import { fetchHop } from './fetch-hop';
import { resolverPermissions } from './permissions';

export interface ResolvedLink extends Chain {
  /** The destination classified as if the listing linked to it directly (another listing, a messenger...). */
  destination: PageLink | null;
}

/** "Where does this lead?": follows a link's redirects and classifies where it ends. */
export async function resolveLink(href: string, pageUrl: string): Promise<ResolvedLink> {
  const chain = await resolveChain(href, {
    fetchHop,
    // webRequest (to read each redirect's Location) and the site itself: both granted in the user's click.
    mayContact: (origin) => browser.permissions.contains(resolverPermissions(origin)),
  });
  const page = new URL(pageUrl);
  const destination =
    chain.end.kind === 'arrived'
      ? classifyLink(
          { href: chain.final, text: '', source: 'description' },
          { pageUrl: page, adapter: adapterForUrl(page) },
        )
      : null;
  return { ...chain, destination };
}
