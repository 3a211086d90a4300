import { LINK_CHECKS } from './links/index';
import { PRODUCT_CHECKS } from './product/index';
import { SAFETY_CHECKS } from './safety/index';
import { TRADER_CHECKS } from './trader/index';
import type { Check } from './types';

/** Every check, in one list: a test asserts each finding id of the contract has its check. */
export const CHECKS: readonly Check[] = [...TRADER_CHECKS, ...SAFETY_CHECKS, ...PRODUCT_CHECKS, ...LINK_CHECKS];
