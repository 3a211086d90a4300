import type { Analysis } from '../model';
import type { NoticeLocation } from './types';

/** Query parameters that only track the visit (campaigns, referrers, sessions), never identify the listing. */
const TRACKING =
  /^(utm_.*|spm|scm|pvid|algo_.*|gclid|fbclid|_trkparams|ref|ref_|tag|srsltid|gatewayAdapt|aff_.*|sk|mkevt|mkcid|campid)$/i;

/** The listing's address without fragment and tracking parameters, so platforms match it to their record. */
export function canonicalListingUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) if (TRACKING.test(name)) parsed.searchParams.delete(name);
  return parsed.href;
}

export function locationOf(analysis: Analysis): NoticeLocation {
  return {
    url: canonicalListingUrl(analysis.url),
    platform: analysis.platform,
    listingId: analysis.listing.id,
    title: analysis.listing.title,
    trader: { name: analysis.trader.name, storeUrl: analysis.trader.storeUrl },
  };
}
