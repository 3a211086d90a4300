import type { Check } from '../types';
import { deceptiveTextCheck } from './deceptive-text';
import { hiddenListingCheck } from './hidden-listing';
import { imageCodeCheck } from './image-code';
import { messengerCheck } from './messenger';
import { offPlatformCheck } from './off-platform';
import { redirectCheck } from './redirect';
import { shortenerCheck } from './shortener';
import { unsafeSchemeCheck } from './unsafe-scheme';

export const LINK_CHECKS: readonly Check[] = [
  offPlatformCheck,
  shortenerCheck,
  redirectCheck,
  messengerCheck,
  hiddenListingCheck,
  deceptiveTextCheck,
  unsafeSchemeCheck,
  imageCodeCheck,
];
