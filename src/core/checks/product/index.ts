import type { Check } from '../types';
import { counterfeitSignalCheck } from './counterfeit-signal';
import { prohibitedCheck } from './prohibited';
import { safetyGateMatchCheck } from './safety-gate-match';

export const PRODUCT_CHECKS: readonly Check[] = [prohibitedCheck, counterfeitSignalCheck, safetyGateMatchCheck];
