import type { Check } from '../types';

export const TRADER_CHECKS: readonly Check[] = [];
