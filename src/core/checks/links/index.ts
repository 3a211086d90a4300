import type { Check } from '../types';
import { deceptiveTextCheck } from './deceptive-text';
import { hiddenListingCheck } from './hidden-listing';
import { messengerCheck } from './messenger';
import { offPlatformCheck } from './off-platform';
import { redirectCheck } from './redirect';
import { shortenerCheck } from './shortener';
import { unsafeSchemeCheck } from './unsafe-scheme';

// links.image-code is later work.
export const LINK_CHECKS: readonly Check[] = [
  offPlatformCheck,
  shortenerCheck,
  redirectCheck,
  messengerCheck,
  hiddenListingCheck,
  deceptiveTextCheck,
  unsafeSchemeCheck,
];
