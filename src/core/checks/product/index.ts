import type { Check } from '../types';
import { counterfeitSignalCheck } from './counterfeit-signal';
import { prohibitedCheck } from './prohibited';

// product.safety-gate-match is later work.
export const PRODUCT_CHECKS: readonly Check[] = [prohibitedCheck, counterfeitSignalCheck];
