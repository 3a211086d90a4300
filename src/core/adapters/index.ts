import { aliexpressAdapter } from './aliexpress';
import { allegroAdapter } from './allegro';
import { amazonAdapter } from './amazon';
import { bolAdapter } from './bol';
import { ebayAdapter } from './ebay';
import { etsyAdapter } from './etsy';
import { genericAdapter } from './generic';
import { sheinAdapter } from './shein';
import { temuAdapter } from './temu';
import type { Adapter } from './types';

/** Every marketplace adapter; the generic one is the fallback for any other shop. */
export const MARKETPLACE_ADAPTERS: readonly Adapter[] = [
  aliexpressAdapter,
  temuAdapter,
  amazonAdapter,
  ebayAdapter,
  sheinAdapter,
  allegroAdapter,
  bolAdapter,
  etsyAdapter,
];

export function adapterForUrl(url: URL): Adapter {
  return MARKETPLACE_ADAPTERS.find((adapter) => adapter.matchesUrl(url)) ?? genericAdapter;
}
