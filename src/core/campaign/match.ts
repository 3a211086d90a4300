import type { Platform } from '../model';
import type { CampaignPack } from './types';

const patternRegExp = (pattern: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );

/** Whether a page is in the campaign's scope: one of its marketplaces, and one of its URL patterns if it has any. */
export function packMatches(pack: CampaignPack, url: string, platform: Platform | null): boolean {
  if (!platform || !pack.marketplaces.includes(platform)) return false;
  return pack.urlPatterns.length === 0 || pack.urlPatterns.some((p) => patternRegExp(p).test(url));
}
